package dev.unknot.web.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.progress.ProgressReport;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.progress.ChangeOverTime;
import dev.unknot.core.progress.Day;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One habit's progress, worth opening: the figures first, a calendar of a month (any month, by
 * month and year) whose days open to add, change or delete that day's check-ins, the amounts of a
 * measured habit against its target, the tightness before and after its check-ins, and the notes
 * of its check-ins as a journal. {@code progress/<habit id>?month=2025-03} opens March 2025.
 */
@Route(value = "progress/:habit", layout = MainLayout.class)
@Prototype
public class HabitProgressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The weeks of days read for the figures and the amounts chart. */
    static final int WEEKS = 6;

    static final int AMOUNT_DAYS = 28;
    static final int TREND_DAYS = 90;
    static final int JOURNAL_DAYS = 365;

    private static final DateTimeFormatter JOURNAL_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final ProgressService progress;
    private final HabitService habits;
    private final CheckInService checkIns;
    private final PersonService people;

    private Habit habit;
    private YearMonth month;

    public HabitProgressView(
            ProgressService progress, HabitService habits, CheckInService checkIns, PersonService people) {
        this.progress = progress;
        this.habits = habits;
        this.checkIns = checkIns;
        this.people = people;
        addClassNames("page", "habit-progress-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("habit").orElse("");
        try {
            habit = habits.get(SignedIn.person(), new HabitId(Long.parseLong(id)));
        } catch (NotFoundException | IllegalArgumentException e) {
            // Someone else's habit looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "You have no habit " + id + ".");
            return;
        }
        month = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("month")
                .flatMap(HabitProgressView::month)
                .orElse(null);
        show();
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (habit == null ? "Progress" : habit.name()) + " · Unknot";
    }

    Habit habit() {
        return habit;
    }

    void show() {
        removeAll();
        PersonId person = SignedIn.person();
        PersonalCalendar calendar = people.get(person).calendar();
        ProgressReport report = progress.report(person, Optional.of(habit.id()), WEEKS, TREND_DAYS);
        HabitProgress standing = report.progress().get(0);
        LocalDate today = standing.today();
        YearMonth shown = month == null || month.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : month;
        Anchor back = new Anchor("progress", "← All habits");
        back.addClassName("back-link");
        H1 title = new H1(habit.name());
        Paragraph schedule = new Paragraph(habit.schedule().describe() + target());
        schedule.addClassName("habit-schedule");
        add(back, title, schedule, summary(standing, report.relief()));
        add(calendar(shown, today, daysOf(shown, standing, person)));
        if (habit.metric() instanceof Metric.Measured measured) {
            add(amounts(standing, measured));
        }
        add(trend(report.trend(), today, report.tightnessChange()));
        if (!report.painTrend().isEmpty() || report.painChange().isPresent()) {
            add(painTrend(report.painTrend(), today, report.painChange()));
        }
        add(journal(person, today, calendar));
    }

    private String target() {
        return habit.metric() instanceof Metric.Measured m
                ? " · " + Svg.fmt(m.dailyTarget()) + " " + m.unit() + " a day"
                : "";
    }

    /** The days of {@code shown}: from the report when it covers them, else read for that month. */
    private Map<LocalDate, Day> daysOf(YearMonth shown, HabitProgress standing, PersonId person) {
        List<Day> days = standing.days();
        LocalDate first = shown.atDay(1);
        boolean covered = !days.isEmpty() && !days.get(0).date().isAfter(first);
        if (!covered && !first.isBefore(habit.startsOn().withDayOfMonth(1))) {
            days = progress.progress(person, habit.id(), first).days();
        }
        Map<LocalDate, Day> byDate = new HashMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        return byDate;
    }

    private Component summary(HabitProgress standing, List<Relief> relief) {
        DescriptionList facts = new DescriptionList();
        facts.addClassNames("progress-facts", "habit-summary");
        ProgressView.fact(facts, "Streak", ProgressView.streak(standing.current()), "current-streak");
        ProgressView.fact(facts, "Best", ProgressView.streak(standing.best()), "best-streak");
        ProgressView.fact(facts, "Strength", Math.round(standing.strength() * 100) + "%", "strength");
        ProgressView.fact(facts, "Adherence", ProgressView.adherence(standing.adherence()), "adherence");
        ProgressView.fact(
                facts,
                "Relief",
                relief.isEmpty()
                        ? "–"
                        : ProgressView.drop(relief.get(0).averageDrop()) + " on average, "
                                + ProgressView.checkIns(relief.get(0).checkIns())
                                + (relief.get(0).restsOnEnough()
                                        ? ": " + relief.get(0).direction().inWords()
                                        : " (" + Relief.ENOUGH_CHECK_INS + " needed to judge)"),
                "habit-relief");
        // Pain is optional on a check-in: its relief shows only once a check-in rated it.
        relief.stream()
                .findFirst()
                .flatMap(Relief::pain)
                .ifPresent(pain -> ProgressView.fact(
                        facts,
                        "Pain relief",
                        ProgressView.drop(pain.averageDrop()) + " on average, "
                                + ProgressView.checkIns(pain.checkIns())
                                + (pain.restsOnEnough()
                                        ? ": " + pain.direction().inWords()
                                        : " (" + Relief.ENOUGH_CHECK_INS + " needed to judge)"),
                        "habit-pain-relief"));
        return facts;
    }

    private Component calendar(YearMonth shown, LocalDate today, Map<LocalDate, Day> days) {
        Section section = section("Calendar", "habit-calendar");
        String base = "progress/" + habit.id().value() + "?month=";
        YearMonth now = YearMonth.from(today);
        Div navigation = new Div(
                link(base + shown.minusYears(1), "« " + shown.minusYears(1).getYear(), "previous-year", true),
                link(base + shown.minusMonths(1), "‹ " + monthName(shown.minusMonths(1)), "previous-month", true),
                monthTitle(shown),
                link(
                        base + shown.plusMonths(1),
                        monthName(shown.plusMonths(1)) + " ›",
                        "next-month",
                        !shown.plusMonths(1).isAfter(now)),
                link(
                        base + min(shown.plusYears(1), now),
                        shown.plusYears(1).getYear() + " »",
                        "next-year",
                        shown.getYear() < now.getYear()));
        navigation.addClassName("calendar-navigation");
        Div grid = new Div();
        grid.addClassName("month-grid");
        // A group of labelled day buttons: a grid role would promise rows and cells to a screen reader.
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", monthName(shown) + " " + shown.getYear());
        for (int weekday = 1; weekday <= 7; weekday++) {
            Span name = new Span(java.time.DayOfWeek.of(weekday).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.addClassName("weekday");
            grid.add(name);
        }
        int offset = shown.atDay(1).getDayOfWeek().getValue() - 1;
        for (int blank = 0; blank < offset; blank++) {
            Span empty = new Span();
            empty.addClassName("blank");
            grid.add(empty);
        }
        for (int dayOfMonth = 1; dayOfMonth <= shown.lengthOfMonth(); dayOfMonth++) {
            LocalDate date = shown.atDay(dayOfMonth);
            Day day = days.get(date);
            String state = day == null
                    ? "none"
                    : day.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
            Button cell = new Button(Integer.toString(dayOfMonth));
            cell.addClassNames("calendar-day", state);
            cell.getElement().setAttribute("data-day", date.toString());
            cell.setAriaLabel(date.format(JOURNAL_DAY) + ": " + describe(day));
            cell.getElement().setAttribute("title", describe(day));
            if (date.isAfter(today)) {
                cell.setEnabled(false);
                cell.addClassName("later");
            } else {
                cell.addClickListener(click -> openDay(date));
            }
            if (date.equals(today)) {
                cell.addClassName("today");
            }
            grid.add(cell);
        }
        Paragraph legend = new Paragraph();
        legend.addClassName("chart-legend");
        for (String[] key : new String[][] {
            {"done", "Done"}, {"partial", "Partly"}, {"missed", "Missed"}, {"skipped", "Skipped or paused"}
        }) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", key[0]);
            Span text = new Span(key[1]);
            legend.add(swatch, text);
        }
        Paragraph hint = new Paragraph("Tap a day to add, change or delete its check-ins.");
        hint.addClassName("calendar-hint");
        section.add(navigation, grid, legend, hint);
        return section;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? b : a;
    }

    private static Component monthTitle(YearMonth month) {
        Span title = new Span(monthName(month) + " " + month.getYear());
        title.addClassName("calendar-month");
        return title;
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Component link(String href, String text, String className, boolean enabled) {
        if (!enabled) {
            Span disabled = new Span(text);
            disabled.addClassNames("calendar-link", className, "disabled");
            return disabled;
        }
        Anchor anchor = new Anchor(href, text);
        anchor.addClassNames("calendar-link", className);
        return anchor;
    }

    static String describe(Day day) {
        if (day == null) {
            return "not tracked";
        }
        String amount = day.target() > 1 ? " (" + Svg.fmt(day.amount()) + " of " + Svg.fmt(day.target()) + ")" : "";
        return switch (day.state()) {
                    case DONE -> "done";
                    case PARTIAL -> "partly done";
                    case MISSED -> "missed";
                    case PENDING -> "still to do";
                    case NOT_DUE -> "not due";
                    case SKIPPED -> "skipped";
                    case PAUSED -> "paused";
                }
                + amount;
    }

    void openDay(LocalDate date) {
        new DayDialog(habit, date, checkIns, people, this::show).open();
    }

    private Component amounts(HabitProgress standing, Metric.Measured measured) {
        Section section = section("Amounts", "amounts-section");
        List<Day> days = standing.days();
        List<Day> shown = days.subList(Math.max(0, days.size() - AMOUNT_DAYS), days.size());
        section.add(new Chart(Svg.amounts(shown, measured.unit()), "readable", "amounts-chart"));
        Paragraph legend = new Paragraph("Last " + shown.size() + " days, " + measured.unit() + " a day. ");
        Span bar = new Span("Bars: what you did");
        bar.addClassName("legend-amount");
        Span line = new Span("dashed line: your target of " + Svg.fmt(measured.dailyTarget()));
        line.addClassName("legend-target");
        legend.add(bar, new Span(" · "), line);
        legend.addClassName("chart-legend");
        section.add(legend);
        return section;
    }

    private Component trend(List<TightnessTrend.Point> points, LocalDate today, Optional<ChangeOverTime> change) {
        Section section = section("Tightness with this habit", "tightness-section");
        if (points.isEmpty()) {
            section.add(new Paragraph("Record how tight your back feels before and after a check-in of " + habit.name()
                    + " to see here what it does for you."));
            return section;
        }
        LocalDate from = today.minusDays(TREND_DAYS - 1L);
        section.add(
                new Chart(Svg.trend(points, from, today, Svg.READABLE_WIDTH, 190), "readable", "habit-trend-chart"),
                ProgressView.legend("0 loose – 10 very tight"),
                ProgressView.change(change, "tightness"));
        return section;
    }

    private Component painTrend(List<TightnessTrend.Point> points, LocalDate today, Optional<ChangeOverTime> change) {
        Section section = section("Pain with this habit", "pain-section");
        if (!points.isEmpty()) {
            LocalDate from = today.minusDays(TREND_DAYS - 1L);
            section.add(
                    new Chart(
                            Svg.trend(points, from, today, Svg.READABLE_WIDTH, 190, "Pain"),
                            "readable",
                            "habit-pain-chart"),
                    ProgressView.legend("0 none – 10 the worst imaginable"));
        }
        section.add(ProgressView.change(change, "pain"));
        return section;
    }

    /** The notes of this habit's check-ins, newest first. */
    private Component journal(PersonId person, LocalDate today, PersonalCalendar calendar) {
        Section section = section("Journal", "journal-section");
        LocalDate from = today.minusDays(JOURNAL_DAYS - 1L);
        List<RecordedCheckIn> noted =
                // Not from the habit's first day: a check-in may be added for a day before it.
                checkIns.list(person, habit.id(), new DateRange(from, today)).stream()
                        .filter(recorded -> !recorded.checkIn().note().isBlank())
                        .sorted(Comparator.comparing((RecordedCheckIn recorded) ->
                                        recorded.checkIn().at())
                                .reversed())
                        .toList();
        if (noted.isEmpty()) {
            section.add(new Paragraph("Notes you add to a check-in of this habit appear here."));
            return section;
        }
        for (RecordedCheckIn recorded : noted) {
            LocalDate day = calendar.dayOf(recorded.checkIn().at());
            Span when = new Span(day.format(JOURNAL_DAY));
            when.addClassName("journal-day");
            Paragraph note = new Paragraph(recorded.checkIn().note());
            note.addClassName("journal-note");
            Div entry = new Div(when, note);
            entry.addClassName("journal-entry");
            section.add(entry);
        }
        return section;
    }

    private static Section section(String title, String className) {
        Section section = new Section(new H2(title));
        section.addClassNames("page-section", className);
        return section;
    }
}
