package dev.unknot.web.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.PublicView;
import io.micronaut.context.annotation.Prototype;

/** The library's front page: every pillar, and the routines that combine techniques. */
@Route(value = "library", layout = MainLayout.class)
@PageTitle("Library · Unknot")
@Menu(title = "Library", order = 1, icon = "vaadin:book")
@Prototype
@PublicView
public class LibraryView extends Div {

    public LibraryView(Library library) {
        addClassNames("page", "library-page");
        H1 title = new H1("Library");
        Paragraph lead = new Paragraph("The ways to loosen a tight back and keep it loose. "
                + "Choose a pillar to see its techniques, step by step.");
        lead.addClassName("lead");
        add(title, lead, pillars(library), routines(library));
    }

    private static Component pillars(Library library) {
        Section section = section("Pillars", "pillars");
        if (library.pillars().isEmpty()) {
            section.add(new Paragraph("No plugin provides a pillar yet: see Plugins for what went wrong."));
            return section;
        }
        Div cards = new Div();
        cards.addClassNames("cards", "pillar-cards");
        for (Pillar pillar : library.pillars()) {
            cards.add(new PillarCard(pillar, library.techniques(pillar.id()).size()));
        }
        section.add(cards);
        return section;
    }

    private static Component routines(Library library) {
        Section section = section("Routines", "routines");
        if (library.routines().isEmpty()) {
            section.add(new Paragraph("No plugin provides a routine yet."));
            return section;
        }
        Div cards = new Div();
        cards.addClassNames("cards", "routine-cards");
        for (Routine routine : library.routines()) {
            cards.add(new RoutineCard(routine, library));
        }
        section.add(cards);
        return section;
    }

    private static Section section(String heading, String className) {
        Section section = new Section(new H2(heading));
        section.addClassNames("page-section", className);
        return section;
    }
}
