package dev.unknot.web.library;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.plugin.Library;

/** A routine: what it is for, how long it takes, and its steps in order. */
class RoutineCard extends Div {

    RoutineCard(Routine routine, Library library) {
        addClassNames("card", "routine-card");
        H3 name = new H3(routine.name());
        name.addClassName("card-title");
        Paragraph summary = new Paragraph(routine.summary());
        summary.addClassName("card-text");
        Span total = new Span(Durations.format(routine.totalTime()) + " in total");
        total.addClassNames("tag", "tag-primary", "routine-total");
        Span steps = new Span(Wording.count(routine.steps().size(), "step", "steps"));
        steps.addClassName("tag");
        Div meta = new Div(total, steps);
        meta.addClassName("tags");
        OrderedList list = new OrderedList();
        list.addClassName("routine-steps");
        routine.steps().forEach(step -> list.add(step(step, library)));
        // The player is another feature: linked by address, not by class.
        Anchor play = new Anchor("routine/" + routine.id(), "Start the guided session");
        play.addClassName("play-routine");
        add(name, summary, meta, list, play);
    }

    private static ListItem step(RoutineStep step, Library library) {
        String techniqueName = library.technique(step.technique())
                .map(t -> t.name())
                .orElse(step.technique().value());
        RouterLink technique =
                new RouterLink(techniqueName, TechniqueView.class, LibraryAddresses.of(step.technique()));
        Span dose = new Span(Wording.dose(step.dose(), step.sides()));
        dose.addClassName("step-dose");
        return new ListItem(technique, dose);
    }
}
