package dev.unknot.web.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.progress.ProgressReport;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.progress.Adherence;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Streak;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the person stands: the tightness trend, what helps them most, and per habit a calendar
 * heat map, streaks, strength and adherence. {@code progress/<habit id>} shows one habit.
 */
@Route(value = "progress", layout = MainLayout.class)
@PageTitle("Progress · Unknot")
@Menu(title = "Progress", order = 20, icon = "vaadin:chart")
@Prototype
public class ProgressView extends Div implements HasUrlParameter<Long> {

    static final int TREND_DAYS = 90;
    static final int HEAT_MAP_WEEKS = 26;

    private final ProgressService progress;
    private final HabitService habits;
    private final Library library;

    public ProgressView(ProgressService progress, HabitService habits, Library library) {
        this.progress = progress;
        this.habits = habits;
        this.library = library;
        addClassNames("page", "progress-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long habitId) {
        Long habit = habitId;
        PersonId person = SignedIn.person();
        removeAll();
        if (habit != null) {
            try {
                HabitId id = new HabitId(habit);
                Habit one = habits.get(person, id);
                add(new Anchor("progress", "← All habits"), new H2(one.name()));
                add(habitSection(one, progress.progress(person, id, HEAT_MAP_WEEKS), false));
            } catch (NotFoundException | IllegalArgumentException e) {
                // Someone else's habit looks exactly like one that does not exist.
                event.rerouteToError(
                        com.vaadin.flow.router.NotFoundException.class, "You have no habit " + habit + ".");
            }
            return;
        }
        add(new H2("Progress"));
        ProgressReport report = progress.report(person, Optional.empty(), HEAT_MAP_WEEKS, TREND_DAYS);
        add(trend(report.trend()));
        add(relief(report.relief()));
        Map<HabitId, Habit> byId = report.habits().stream().collect(Collectors.toMap(Habit::id, Function.identity()));
        List<HabitProgress> all = report.progress();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph("No habits yet: progress appears here once you keep one.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        for (HabitProgress standing : all) {
            Habit kept = byId.get(standing.habit());
            if (kept != null) {
                add(habitSection(kept, standing, true));
            }
        }
    }

    private Component trend(List<TightnessTrend.Point> points) {
        Section section = section("Tightness", "tightness-section");
        if (points.isEmpty()) {
            section.add(new Paragraph(
                    "Record how tight your back feels before and after a check-in to see the trend here."));
            return section;
        }
        LocalDate to = points.get(points.size() - 1).day();
        LocalDate from = to.minusDays(TREND_DAYS - 1L);
        Chart chart = new Chart(Svg.trend(points, from, to));
        Paragraph legend = new Paragraph("Last " + TREND_DAYS + " days, 0 loose – 10 very tight. ");
        Span before = new Span("Before");
        before.addClassName("legend-before");
        Span after = new Span("After");
        after.addClassName("legend-after");
        legend.add(before, new Span(" · "), after);
        legend.addClassName("chart-legend");
        section.add(chart, legend);
        return section;
    }

    private Component relief(List<Relief> reliefs) {
        Section section = section("What helps you", "relief-section");
        if (reliefs.isEmpty()) {
            section.add(new Paragraph(
                    "Once check-ins record tightness before and after, this shows which techniques loosen you most."));
            return section;
        }
        Div list = new Div();
        list.addClassName("relief-list");
        for (Relief relief : reliefs) {
            Div row = new Div(
                    new Span(name(relief.target())),
                    new Span((relief.averageDrop() >= 0 ? "−" : "+") + Svg.fmt(Math.abs(relief.averageDrop()))
                            + " on average, " + relief.checkIns()
                            + (relief.checkIns() == 1 ? " check-in" : " check-ins")));
            row.addClassName("relief");
            list.add(row);
        }
        section.add(list);
        return section;
    }

    private String name(HabitTarget target) {
        if (target instanceof HabitTarget.OfTechnique technique) {
            return library.technique(technique.technique())
                    .map(t -> t.name())
                    .orElse(technique.technique().toString());
        }
        if (target instanceof HabitTarget.OfRoutine routine) {
            return library.routine(routine.routine())
                    .map(r -> r.name())
                    .orElse(routine.routine().toString());
        }
        return ((HabitTarget.Custom) target).text();
    }

    private Component habitSection(Habit habit, HabitProgress standing, boolean linked) {
        Section section = new Section();
        section.addClassNames("page-section", "habit-progress");
        section.getElement()
                .setAttribute("data-habit-id", Long.toString(habit.id().value()));
        if (linked) {
            H3 title = new H3(new Anchor("progress/" + habit.id().value(), habit.name()));
            section.add(title);
        }
        Paragraph schedule = new Paragraph(habit.schedule().describe());
        schedule.addClassName("habit-schedule");
        section.add(schedule);
        DescriptionList facts = new DescriptionList();
        facts.addClassName("progress-facts");
        fact(facts, "Streak", streak(standing.current()), "current-streak");
        fact(facts, "Best", streak(standing.best()), "best-streak");
        fact(facts, "Strength", Math.round(standing.strength() * 100) + "%", "strength");
        fact(facts, "Adherence", adherence(standing.adherence()), "adherence");
        section.add(facts);
        Chart map = new Chart(Svg.heatMap(standing.days(), standing.today(), HEAT_MAP_WEEKS), "heat-map-chart");
        section.add(map);
        return section;
    }

    private static void fact(DescriptionList list, String term, String value, String className) {
        DescriptionList.Term dt = new DescriptionList.Term(term);
        DescriptionList.Description dd = new DescriptionList.Description(value);
        dd.addClassName(className);
        list.add(dt, dd);
    }

    static String streak(Streak streak) {
        return streak.unit().count(streak.length());
    }

    static String adherence(Adherence adherence) {
        return percent(adherence.last7Days()) + " · 7 d, " + percent(adherence.last30Days()) + " · 30 d, "
                + percent(adherence.last90Days()) + " · 90 d";
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 100) + "%" : "–";
    }

    private static Section section(String title, String className) {
        Section section = new Section(new H3(title));
        section.addClassNames("page-section", className);
        return section;
    }
}
