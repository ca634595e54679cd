package dev.unknot.web.library;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.core.library.Technique;

/** A technique as a card that opens its full page. */
class TechniqueCard extends RouterLink {

    TechniqueCard(Technique technique) {
        super(TechniqueView.class, LibraryAddresses.of(technique.id()));
        addClassNames("card", "card-link", "technique-card");
        H3 name = new H3(technique.name());
        name.addClassName("card-title");
        Paragraph summary = new Paragraph(technique.summary());
        summary.addClassName("card-text");
        Span dose = new Span(Wording.dose(technique.dose(), technique.sides()));
        dose.addClassNames("tag", "tag-primary");
        add(name, summary, dose);
    }
}
