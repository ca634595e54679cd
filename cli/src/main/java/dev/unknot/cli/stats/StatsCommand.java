package dev.unknot.cli.stats;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitArgument;
import dev.unknot.cli.habit.HabitJson;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.progress.Adherence;
import dev.unknot.core.progress.Day;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.store.person.PersonId;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot stats [HABIT]}: streaks, strength and adherence per habit, a heat map of the last
 * weeks, the tightness trend and the relief each technique brings.
 */
@Command(name = "stats", description = "Streaks, score, adherence, a heat map of the last weeks, tightness trend, relief.")
@Prototype
public final class StatsCommand implements Callable<Integer> {

    private final LocalStore store;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HABIT", description = "One habit (id or unique name prefix).")
    String habit;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "12", description = "Weeks in the heat map and trend (1-52, default ${DEFAULT-VALUE}).")
    int weeks;

    StatsCommand(LocalStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        if (weeks < 1 || weeks > 52) {
            throw new UsageProblem("--weeks must be between 1 and 52, was " + weeks, "e.g. --weeks 12");
        }
        PersonId person = store.person().id();
        List<Habit> all = store.habits().listAll(person);
        List<Habit> shown = habit == null ? store.habits().list(person)
                : List.of(HabitArgument.resolve(habit, all));
        Map<Long, HabitProgress> progress = new HashMap<>();
        if (habit == null) {
            store.progress().progress(person).forEach(each -> progress.put(each.habit().value(), each));
        } else {
            progress.put(shown.get(0).id().value(), store.progress().progress(person, shown.get(0).id()));
        }
        List<TightnessTrend.Point> trend = store.progress().tightnessTrend(person, weeks * 7);
        List<Relief> relief = store.progress().relief(person);
        LocalDate today = store.today();
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        if (json.enabled()) {
            json.print(spec, new Stats(
                    shown.stream().filter(each -> progress.containsKey(each.id().value()))
                            .map(each -> HabitStats.of(each, progress.get(each.id().value()), firstMonday)).toList(),
                    trend.stream().map(TrendPoint::of).toList(),
                    relief.stream().map(each -> ReliefEntry.of(each, all, store)).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (shown.isEmpty()) {
            output.line("No habits yet: add one with 'unknot habit add'.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "HABIT", "STREAK", "BEST", "SCORE", "7 DAYS", "30 DAYS", "90 DAYS");
        for (Habit each : shown) {
            HabitProgress habitProgress = progress.get(each.id().value());
            if (habitProgress == null) {
                continue;
            }
            Adherence adherence = habitProgress.adherence();
            table.row(Long.toString(each.id().value()), each.name(), CheckInCommand.streak(habitProgress.current()),
                    CheckInCommand.streak(habitProgress.best()), percent(OptionalDouble.of(habitProgress.strength())),
                    percent(adherence.last7Days()), percent(adherence.last30Days()), percent(adherence.last90Days()));
        }
        output.table(table);
        for (Habit each : shown) {
            HabitProgress habitProgress = progress.get(each.id().value());
            if (habitProgress != null) {
                output.blank();
                heatMap(output, each, habitProgress, firstMonday, today);
            }
        }
        output.blank();
        output.heading("Tightness, last " + weeks * 7 + " days (0 none - 10 worst)");
        if (trend.isEmpty()) {
            output.line("  No tightness recorded yet: 'unknot checkin HABIT --before 6 --after 3'.");
        } else {
            Table points = Table.indented("  ");
            trend.forEach(point -> points.row(point.day().toString(), "before " + level(point.before()),
                    "after " + level(point.after())));
            output.table(points);
        }
        output.blank();
        output.heading("What helps you (average drop in tightness)");
        if (relief.isEmpty()) {
            output.line("  Not enough check-ins with tightness before and after yet.");
        } else {
            Table helps = Table.indented("  ");
            relief.forEach(each -> helps.row(ReliefEntry.nameOf(each.target(), all, store),
                    String.format(Locale.ROOT, "%.1f", each.averageDrop()), "over " + each.checkIns() + " check-ins"));
            output.table(helps);
        }
        return UnknotCli.OK;
    }

    /** Weeks left to right, Monday to Sunday top to bottom, as a commit calendar does. */
    private static void heatMap(Output output, Habit habit, HabitProgress progress, LocalDate firstMonday, LocalDate today) {
        Map<LocalDate, Day> days = new HashMap<>();
        progress.days().forEach(day -> days.put(day.date(), day));
        output.line(output.bold(habit.name()) + "  " + output.faint("(" + key(output) + ")"));
        int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, today) + 1;
        for (DayOfWeek weekday : DayOfWeek.values()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(weekday.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)).append(' ');
            for (int week = 0; week < weeks; week++) {
                LocalDate date = firstMonday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(weekday));
                line.append(date.isAfter(today) ? " " : symbol(output, days.get(date)));
            }
            output.line(line.toString().stripTrailing());
        }
    }

    private static String key(Output output) {
        return symbol(output, "DONE") + " done, " + symbol(output, "PARTIAL") + " partly, "
                + symbol(output, "MISSED") + " missed, " + symbol(output, "SKIPPED") + " skipped, "
                + symbol(output, "PAUSED") + " paused";
    }

    private static String symbol(Output output, Day day) {
        return day == null ? " " : symbol(output, day.state().name());
    }

    private static String symbol(Output output, String state) {
        boolean unicode = !output.bullet().equals("-");
        return switch (state) {
            case "DONE" -> unicode ? "█" : "#";
            case "PARTIAL" -> unicode ? "▒" : "+";
            case "MISSED" -> unicode ? "·" : ".";
            case "SKIPPED" -> "s";
            case "PAUSED" -> "p";
            default -> " ";
        };
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 100) + "%" : "-";
    }

    private static String level(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "-";
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** {@code unknot stats --json}. */
    @Serdeable
    record Stats(List<HabitStats> habits, List<TrendPoint> tightness, List<ReliefEntry> relief) {}

    /**
     * {@code score} is the habit strength, 0 to 1; adherence values are 0 to 1, null when nothing
     * was due in that window; {@code days} has the heat map's days, oldest first.
     */
    @Serdeable
    record HabitStats(HabitJson.HabitEntry habit, CheckInCommand.StreakEntry streak, double score,
            Double adherence7Days, Double adherence30Days, Double adherence90Days, List<DayEntry> days) {

        static HabitStats of(Habit habit, HabitProgress progress, LocalDate from) {
            return new HabitStats(HabitJson.HabitEntry.of(habit), CheckInCommand.StreakEntry.of(progress),
                    progress.strength(), orNull(progress.adherence().last7Days()),
                    orNull(progress.adherence().last30Days()), orNull(progress.adherence().last90Days()),
                    progress.days().stream().filter(day -> !day.date().isBefore(from)).map(DayEntry::of).toList());
        }
    }

    /** {@code state}: done, partial, missed, pending, not-due, skipped or paused. */
    @Serdeable
    record DayEntry(String date, String state, double amount, double target) {

        static DayEntry of(Day day) {
            return new DayEntry(day.date().toString(), day.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    day.amount(), day.target());
        }
    }

    /** The day's mean tightness before and after; null when none was reported. */
    @Serdeable
    record TrendPoint(String day, Double before, Double after) {

        static TrendPoint of(TightnessTrend.Point point) {
            return new TrendPoint(point.day().toString(), orNull(point.before()), orNull(point.after()));
        }
    }

    /** {@code target} as in a habit; {@code name} the habit's or technique's name. */
    @Serdeable
    record ReliefEntry(String name, HabitJson.TargetEntry target, double averageDrop, int checkIns) {

        static ReliefEntry of(Relief relief, List<Habit> habits, LocalStore store) {
            return new ReliefEntry(nameOf(relief.target(), habits, store), HabitJson.TargetEntry.of(relief.target()),
                    relief.averageDrop(), relief.checkIns());
        }

        static String nameOf(HabitTarget target, List<Habit> habits, LocalStore store) {
            return habits.stream().filter(habit -> habit.target().equals(target)).map(Habit::name).findFirst()
                    .orElseGet(() -> HabitJson.TargetEntry.of(target).text());
        }
    }
}
