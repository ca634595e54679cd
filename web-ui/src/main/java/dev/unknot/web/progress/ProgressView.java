package dev.unknot.web.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.progress.ProgressReport;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.Adherence;
import dev.unknot.core.progress.ChangeOverTime;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Streak;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the person stands: a compact card per habit (its figures and recent weeks, opening its own
 * page, {@link HabitProgressView}), the tightness and pain trends with how each changed since the
 * first ratings, and which of their habits help them most (once five check-ins say so).
 */
@Route(value = "progress", layout = MainLayout.class)
@PageTitle("Progress · Unknot")
@Menu(title = "Progress", order = 20, icon = "vaadin:chart")
@Prototype
public class ProgressView extends Div implements BeforeEnterObserver {

    static final int TREND_DAYS = 90;
    static final int HEAT_MAP_WEEKS = 12;

    private final ProgressService progress;
    private final HabitService habits;

    public ProgressView(ProgressService progress, HabitService habits) {
        this.progress = progress;
        this.habits = habits;
        addClassNames("page", "progress-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PersonId person = SignedIn.person();
        removeAll();
        add(new H1("Progress"));
        ProgressReport report = progress.report(person, Optional.empty(), HEAT_MAP_WEEKS, TREND_DAYS);
        Map<HabitId, Habit> byId = report.habits().stream().collect(Collectors.toMap(Habit::id, Function.identity()));
        List<HabitProgress> all = report.progress();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph("No habits yet: progress appears here once you keep one.");
            empty.addClassName("empty-state");
            add(empty);
        } else {
            Div cards = new Div();
            cards.addClassName("progress-cards");
            for (HabitProgress standing : all) {
                Habit kept = byId.get(standing.habit());
                if (kept != null) {
                    cards.add(habitCard(kept, standing));
                }
            }
            add(cards);
        }
        add(trend(report.trend(), report.tightnessChange()));
        add(painTrend(report.painTrend(), report.painChange()));
        add(relief(report.whatHelps()));
    }

    private Component trend(List<TightnessTrend.Point> points, Optional<ChangeOverTime> change) {
        Section section = section("Tightness", "tightness-section");
        if (points.isEmpty()) {
            section.add(new Paragraph(
                    "Record how tight your back feels before and after a check-in to see the trend here."));
            return section;
        }
        LocalDate to = points.get(points.size() - 1).day();
        LocalDate from = to.minusDays(TREND_DAYS - 1L);
        Chart chart = new Chart(Svg.trend(points, from, to, Svg.READABLE_WIDTH, 190), "readable");
        section.add(chart, legend("0 loose – 10 very tight"), change(change, "tightness"));
        return section;
    }

    /** The pain trend: shown once any pain was rated, so that someone who never rates it sees no empty chart. */
    private Component painTrend(List<TightnessTrend.Point> points, Optional<ChangeOverTime> change) {
        Section section = section("Pain", "pain-section");
        if (points.isEmpty()) {
            section.add(new Paragraph("Rate your pain (0 none – 10 the worst imaginable) with a check-in, if you have "
                    + "any, to follow it here beside your tightness."));
            change.ifPresent(known -> section.add(change(change, "pain")));
            return section;
        }
        LocalDate to = points.get(points.size() - 1).day();
        LocalDate from = to.minusDays(TREND_DAYS - 1L);
        section.add(
                new Chart(Svg.trend(points, from, to, Svg.READABLE_WIDTH, 190, "Pain"), "readable", "pain-chart"),
                legend("0 none – 10 the worst imaginable"),
                change(change, "pain"));
        return section;
    }

    static Paragraph legend(String scale) {
        Paragraph legend = new Paragraph("Last " + TREND_DAYS + " days, " + scale + ". ");
        Span before = new Span("- - Before");
        before.addClassName("legend-before");
        Span after = new Span("—— After");
        after.addClassName("legend-after");
        legend.add(before, new Span(" · "), after);
        legend.addClassName("chart-legend");
        return legend;
    }

    /** The change sentence, or what it takes to have one. */
    static Paragraph change(Optional<ChangeOverTime> change, String measure) {
        Paragraph sentence = new Paragraph(change.map(ChangeOverTime::sentence).orElse(ChangeOverTime.notYet(measure)));
        sentence.addClassNames("change-sentence", measure + "-change");
        change.ifPresent(known -> sentence.getElement()
                .setAttribute("data-change", known.direction().name().toLowerCase(java.util.Locale.ROOT)));
        return sentence;
    }

    private Component relief(List<Relief> reliefs) {
        Section section = section("What helps you", "relief-section");
        if (reliefs.isEmpty()) {
            section.add(new Paragraph("Once " + Relief.ENOUGH_CHECK_INS + " check-ins of a habit record tightness "
                    + "before and after, this ranks which of your habits loosen you most."));
            return section;
        }
        Div list = new Div();
        list.addClassName("relief-list");
        for (Relief relief : reliefs) {
            Span name = new Span(relief.habits());
            name.addClassName("relief-habit");
            Span figures = new Span(drop(relief.averageDrop()) + " on average, " + checkIns(relief.checkIns()));
            Paragraph sentence = new Paragraph(relief.sentence());
            sentence.addClassName("relief-sentence");
            Div row = new Div(name, figures, sentence);
            // Pain only once enough check-ins rated it: a mean of a few would claim too much.
            relief.painSentence().ifPresent(said -> {
                Paragraph pain = new Paragraph(said);
                pain.addClassNames("relief-sentence", "relief-pain-sentence");
                row.add(pain);
            });
            row.addClassName("relief");
            list.add(row);
        }
        section.add(list);
        return section;
    }

    static String drop(double averageDrop) {
        return (averageDrop >= 0 ? "−" : "+") + Svg.fmt(Math.abs(averageDrop));
    }

    static String checkIns(int count) {
        return count + (count == 1 ? " check-in" : " check-ins");
    }

    /** A compact card: the habit's figures and its recent weeks, opening its own page. */
    private Component habitCard(Habit habit, HabitProgress standing) {
        Section card = new Section();
        card.addClassNames("habit-progress", "progress-card");
        card.getElement().setAttribute("data-habit-id", Long.toString(habit.id().value()));
        Anchor title = new Anchor("progress/" + habit.id().value(), habit.name());
        title.addClassName("progress-card-link");
        H2 heading = new H2(title);
        heading.addClassName("progress-card-title");
        card.add(heading);
        DescriptionList facts = new DescriptionList();
        facts.addClassName("progress-facts");
        fact(facts, "Streak", streak(standing.current()), "current-streak");
        fact(facts, "Best", streak(standing.best()), "best-streak");
        fact(facts, "Strength", Math.round(standing.strength() * 100) + "%", "strength");
        fact(facts, "30 days", percent(standing.adherence().last30Days()), "adherence");
        card.add(facts);
        card.add(new Chart(Svg.heatMap(standing.days(), standing.today(), HEAT_MAP_WEEKS), "heat-map-chart"));
        return card;
    }

    static void fact(DescriptionList list, String term, String value, String className) {
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
        Section section = new Section(new H2(title));
        section.addClassNames("page-section", className);
        return section;
    }
}
