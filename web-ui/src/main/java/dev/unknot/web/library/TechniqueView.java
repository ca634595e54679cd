package dev.unknot.web.library;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.Libraries;
import dev.unknot.web.session.PublicView;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;

/**
 * One technique at {@code library/<technique id>}, e.g. {@code library/stretching/childs-pose}:
 * everything needed to do it well.
 */
@Route(value = "library/:" + LibraryAddresses.NAMESPACE + "/:" + LibraryAddresses.NAME, layout = MainLayout.class)
@Prototype
@PublicView
public class TechniqueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Library library;
    private String title = "Library · Unknot";

    public TechniqueView(Catalogue catalogue) {
        this.library = Libraries.current(catalogue);
        addClassNames("page", "technique-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String namespace =
                event.getRouteParameters().get(LibraryAddresses.NAMESPACE).orElse("");
        String name = event.getRouteParameters().get(LibraryAddresses.NAME).orElse("");
        Optional<Technique> technique =
                LibraryAddresses.techniqueId(namespace, name).flatMap(library::technique);
        if (technique.isEmpty()) {
            event.rerouteToError(
                    NotFoundException.class, "There is no technique '" + namespace + "/" + name + "' in the library.");
            return;
        }
        show(technique.get());
    }

    private void show(Technique technique) {
        removeAll();
        title = technique.name() + " · Unknot";
        RouterLink pillar = library.pillar(technique.pillar())
                .map(p -> new RouterLink(p.name(), PillarView.class, LibraryAddresses.of(p.id())))
                .orElseGet(() -> new RouterLink("Library", LibraryView.class));
        Paragraph summary = new Paragraph(technique.summary());
        summary.addClassName("lead");
        add(new Breadcrumb(new RouterLink("Library", LibraryView.class), pillar), new H1(technique.name()), summary);
        add(facts(technique), steps(technique));
        if (!technique.cautions().isEmpty()) {
            add(cautions(technique));
        }
        List<Routine> routines = library.routines().stream()
                .filter(routine -> routine.steps().stream()
                        .anyMatch(step -> step.technique().equals(technique.id())))
                .toList();
        if (!routines.isEmpty()) {
            add(routines(routines));
        }
    }

    private static Component facts(Technique technique) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "Dose", text(technique.dose().describe(), "dose"));
        fact(facts, "Sides", text(Wording.sides(technique.sides()), "sides"));
        if (!technique.time().isZero()) {
            fact(facts, "Takes", text("about " + Durations.format(technique.time()), "time"));
        }
        fact(
                facts,
                "Equipment",
                text(
                        technique.equipment().isEmpty() ? "Nothing needed" : String.join(", ", technique.equipment()),
                        "equipment"));
        fact(
                facts,
                "Works on",
                tags(technique.bodyAreas().stream().map(BodyArea::label).toList(), "body-areas"));
        if (!technique.causes().isEmpty()) {
            Div causes = tags(List.of(), "causes");
            for (Cause cause : technique.causes()) {
                Span tag = new Span(cause.label());
                tag.addClassName("tag");
                tag.setTitle(cause.explanation());
                causes.add(tag);
            }
            fact(facts, "Helps with", causes);
        }
        return facts;
    }

    private static void fact(DescriptionList facts, String term, Component value) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Span text(String value, String className) {
        Span text = new Span(value);
        text.addClassName(className);
        return text;
    }

    private static Div tags(List<String> values, String className) {
        Div tags = new Div();
        tags.addClassNames("tags", className);
        values.forEach(value -> {
            Span tag = new Span(value);
            tag.addClassName("tag");
            tags.add(tag);
        });
        return tags;
    }

    private static Component steps(Technique technique) {
        OrderedList steps = new OrderedList();
        steps.addClassName("steps");
        technique.steps().forEach(step -> steps.add(new ListItem(step)));
        return section("How to do it", "steps-section", steps);
    }

    private static Component cautions(Technique technique) {
        UnorderedList cautions = new UnorderedList();
        cautions.addClassName("cautions");
        technique.cautions().forEach(caution -> cautions.add(new ListItem(caution)));
        Section section = section("Take care", "cautions-section", cautions);
        section.addClassName("callout");
        return section;
    }

    private Component routines(List<Routine> routines) {
        UnorderedList list = new UnorderedList();
        list.addClassName("used-in");
        routines.forEach(
                routine -> list.add(new ListItem(routine.name() + " (" + Durations.format(routine.totalTime()) + ")")));
        return section("Part of these routines", "routines-section", list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Section section(String heading, String className, Component content) {
        Section section = new Section(new H3(heading), content);
        section.addClassNames("page-section", className);
        return section;
    }
}
