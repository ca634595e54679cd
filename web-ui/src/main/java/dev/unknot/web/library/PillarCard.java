package dev.unknot.web.library;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.core.library.Pillar;

/** A pillar as a card that opens its page. */
class PillarCard extends RouterLink {

    PillarCard(Pillar pillar, int techniques) {
        super(PillarView.class, LibraryAddresses.of(pillar.id()));
        addClassNames("card", "card-link", "pillar-card");
        H3 name = new H3(pillar.name());
        name.addClassName("card-title");
        Paragraph summary = new Paragraph(pillar.summary());
        summary.addClassName("card-text");
        Span count = new Span(Wording.count(techniques, "technique", "techniques"));
        count.addClassName("card-meta");
        add(name, summary, count);
    }
}
