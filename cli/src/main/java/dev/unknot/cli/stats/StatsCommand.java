package dev.unknot.cli.stats;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitArgument;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.stats.DayEntry;
import dev.unknot.wire.stats.HabitStats;
import dev.unknot.wire.stats.Stats;
import io.micronaut.context.annotation.Prototype;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
@Command(
        name = "stats",
        description = "Streaks, score, adherence, a heat map of the last weeks, tightness trend, relief.")
@Prototype
public final class StatsCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "HABIT",
            description = "One habit (id or unique name prefix).")
    String habit;

    @Option(
            names = "--weeks",
            paramLabel = "N",
            defaultValue = "12",
            description = "Weeks in the heat map and trend (1-52, default ${DEFAULT-VALUE}).")
    int weeks;

    StatsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Stats stats = habit == null
                ? person.tracker().progress(weeks)
                : person.tracker()
                        .progress(
                                HabitArgument.resolve(
                                                habit,
                                                person.tracker().habits(true).habits())
                                        .id(),
                                weeks);
        if (json.enabled()) {
            json.print(spec, stats);
            return UnknotCli.OK;
        }
        LocalDate today = person.today();
        LocalDate firstMonday =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Output output = Output.of(spec);
        if (stats.habits().isEmpty()) {
            output.line("No habits yet: add one with 'unknot habit add'.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "HABIT", "STREAK", "BEST", "SCORE", "7 DAYS", "30 DAYS", "90 DAYS");
        for (HabitStats each : stats.habits()) {
            table.row(
                    each.habit().id(),
                    each.habit().name(),
                    CheckInCommand.streak(each.streak().current(), each.streak()),
                    CheckInCommand.streak(each.streak().best(), each.streak()),
                    percent(each.score()),
                    percent(each.adherence7Days()),
                    percent(each.adherence30Days()),
                    percent(each.adherence90Days()));
        }
        output.table(table);
        for (HabitStats each : stats.habits()) {
            output.blank();
            heatMap(output, each.habit(), each, firstMonday, today);
        }
        output.blank();
        output.heading("Tightness, last " + weeks * 7 + " days (0 none - 10 worst)");
        if (stats.tightness().isEmpty()) {
            output.line("  No tightness recorded yet: 'unknot checkin HABIT --before 6 --after 3'.");
        } else {
            Table points = Table.indented("  ");
            stats.tightness()
                    .forEach(point -> points.row(
                            point.day(), "before " + level(point.before()), "after " + level(point.after())));
            output.table(points);
        }
        output.blank();
        output.heading("What helps you (average drop in tightness)");
        if (stats.relief().isEmpty()) {
            output.line("  Not enough check-ins with tightness before and after yet.");
        } else {
            Table helps = Table.indented("  ");
            stats.relief()
                    .forEach(each -> helps.row(
                            each.name(),
                            String.format(Locale.ROOT, "%.1f", each.averageDrop()),
                            "over " + each.checkIns() + " check-ins"));
            output.table(helps);
        }
        return UnknotCli.OK;
    }

    /** Weeks left to right, Monday to Sunday top to bottom, as a commit calendar does. */
    private static void heatMap(
            Output output, HabitEntry habit, HabitStats progress, LocalDate firstMonday, LocalDate today) {
        Map<LocalDate, DayEntry> days = new HashMap<>();
        progress.days().forEach(day -> days.put(LocalDate.parse(day.date()), day));
        output.line(output.bold(habit.name()) + "  " + output.faint("(" + key(output) + ")"));
        int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, today) + 1;
        for (DayOfWeek weekday : DayOfWeek.values()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(weekday.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH))
                    .append(' ');
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

    private static String symbol(Output output, DayEntry day) {
        return day == null
                ? " "
                : symbol(output, day.state().toUpperCase(Locale.ROOT).replace('-', '_'));
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

    private static String percent(Double value) {
        return value != null ? Math.round(value * 100) + "%" : "-";
    }

    private static String level(Double value) {
        return value != null ? String.format(Locale.ROOT, "%.1f", value) : "-";
    }
}
