package dev.unknot.web.library;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.Libraries;
import dev.unknot.web.session.PublicView;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;

/** One pillar at {@code library/<pillar>}: why it helps, and its techniques. */
@Route(value = "library/:" + LibraryAddresses.PILLAR, layout = MainLayout.class)
@Prototype
@PublicView
public class PillarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Library library;
    private String title = "Library · Unknot";

    public PillarView(Catalogue catalogue) {
        this.library = Libraries.current(catalogue);
        addClassNames("page", "pillar-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested =
                event.getRouteParameters().get(LibraryAddresses.PILLAR).orElse("");
        Optional<Pillar> pillar = LibraryAddresses.pillarId(requested).flatMap(library::pillar);
        if (pillar.isEmpty()) {
            event.rerouteToError(
                    NotFoundException.class, "There is no pillar called '" + requested + "' in the library.");
            return;
        }
        show(pillar.get());
    }

    private void show(Pillar pillar) {
        removeAll();
        title = pillar.name() + " · Unknot";
        Paragraph summary = new Paragraph(pillar.summary());
        summary.addClassName("lead");
        add(new Breadcrumb(new RouterLink("Library", LibraryView.class)), new H1(pillar.name()), summary);
        List<Technique> techniques = library.techniques(pillar.id());
        if (techniques.isEmpty()) {
            add(new Paragraph("No loaded plugin has a technique for this pillar yet."));
            return;
        }
        Div cards = new Div();
        cards.addClassNames("cards", "technique-cards");
        techniques.forEach(technique -> cards.add(new TechniqueCard(technique)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
