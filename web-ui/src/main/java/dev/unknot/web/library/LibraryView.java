package dev.unknot.web.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.Libraries;
import dev.unknot.web.session.PublicView;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;

/** The library's front page: every pillar, and the routines that combine techniques. */
@Route(value = "library", layout = MainLayout.class)
@PageTitle("Library · Unknot")
@Menu(title = "Library", order = 1, icon = "vaadin:book")
@Prototype
@PublicView
public class LibraryView extends Div {

    public LibraryView(Catalogue catalogue) {
        addClassNames("page", "library-page");
        Library library = Libraries.current(catalogue);
        H1 title = new H1("Library");
        Paragraph lead = new Paragraph("The ways to loosen a tight back and keep it loose. "
                + "Choose a pillar to see its techniques, step by step.");
        lead.addClassName("lead");
        add(title, lead);
        if (SignedIn.current().isPresent()) {
            // The web's address of My exercises, a feature of its own.
            Anchor mine = new Anchor("my-exercises", "My exercises");
            mine.addClassName("my-exercises-link");
            Paragraph own = new Paragraph(
                    new Text("Your own techniques and routines are in the pillars and routines below too. "),
                    mine,
                    new Text(": make, change, share and import them."));
            own.addClassName("own-exercises-lead");
            add(own);
        }
        add(pillars(library), routines(library));
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
