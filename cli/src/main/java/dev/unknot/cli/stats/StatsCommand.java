package dev.unknot.cli.stats;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Colour;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitArgument;
import dev.unknot.core.progress.Relief;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.stats.DayEntry;
import dev.unknot.wire.stats.HabitStats;
import dev.unknot.wire.stats.ReliefEntry;
import dev.unknot.wire.stats.Stats;
import dev.unknot.wire.stats.TrendPoint;
import io.micronaut.context.annotation.Prototype;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    /** What stands left of a heat map's rows: two spaces, a weekday, a space. */
    private static final String LABEL = "      ";

    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "HABIT",
            description = "One habit: #id, or the start of its name.")
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
                        .progress(HabitArgument.any(habit, person, spec).id(), weeks);
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
        boolean one = habit != null;
        String whose = one ? stats.habits().get(0).habit().name() : null;
        output.heading((one ? "Tightness at " + whose : "Tightness") + ", by week (0 loose - 10 very tight)");
        if (stats.tightness().isEmpty()) {
            output.line("  No tightness recorded " + (one ? "for this habit " : "") + "in the last " + weeks
                    + (weeks == 1 ? " week" : " weeks") + ": 'unknot checkin HABIT --before 6 --after 3'.");
        } else {
            tightness(output, stats.tightness());
        }
        if (stats.tightnessChange() != null) {
            output.blank();
            output.wrapped("  ", stats.tightnessChange().sentence());
        }
        if (!stats.pain().isEmpty() || stats.painChange() != null) {
            output.blank();
            output.heading((one ? "Pain at " + whose : "Pain") + ", by week (0 none - 10 the worst imaginable)");
            if (stats.pain().isEmpty()) {
                output.line("  No pain recorded " + (one ? "for this habit " : "") + "in the last " + weeks
                        + (weeks == 1 ? " week." : " weeks."));
            } else {
                tightness(output, stats.pain());
            }
            if (stats.painChange() != null) {
                output.blank();
                output.wrapped("  ", stats.painChange().sentence());
            }
        }
        output.blank();
        output.heading(
                one
                        ? "What " + whose + " does for you (average drop in tightness)"
                        : "What helps you (average drop in tightness)");
        if (stats.relief().isEmpty()) {
            output.wrapped(
                    "  ",
                    "Not enough yet: a habit is ranked here once " + Relief.ENOUGH_CHECK_INS
                            + " of its check-ins record tightness before and after.");
        } else {
            Table helps = Table.indented("  ");
            stats.relief()
                    .forEach(each -> helps.row(
                            each.name(),
                            String.format(Locale.ROOT, "%.1f", each.averageDrop()),
                            "over " + each.checkIns() + (each.checkIns() == 1 ? " check-in" : " check-ins"),
                            each.change()));
            output.table(helps);
            painRelief(output, stats, one ? whose : null);
        }
        return UnknotCli.OK;
    }

    /**
     * The same of pain, for the places whose pain rests on enough check-ins; nothing at all while
     * none does, as pain is optional and a mean of a few ratings would claim too much.
     */
    private static void painRelief(Output output, Stats stats, String whose) {
        List<ReliefEntry> withPain = stats.relief().stream()
                .filter(each -> each.painCheckIns() != null)
                .toList();
        if (withPain.isEmpty()) {
            return;
        }
        output.blank();
        output.heading(
                whose != null
                        ? "What " + whose + " does for your pain (average drop in pain)"
                        : "And for your pain (average drop in pain)");
        Table helps = Table.indented("  ");
        withPain.forEach(each -> helps.row(
                each.name(),
                String.format(Locale.ROOT, "%.1f", each.painAverageDrop()),
                "over " + each.painCheckIns() + (each.painCheckIns() == 1 ? " check-in" : " check-ins"),
                each.painChange()));
        output.table(helps);
    }

    /**
     * One line per week with readings: the mean of its days' tightness before and after, and on a
     * terminal a sparkline of the weeks, so that twelve weeks read at a glance.
     */
    private static void tightness(Output output, List<TrendPoint> points) {
        Map<LocalDate, double[]> byWeek = new TreeMap<>();
        for (TrendPoint point : points) {
            LocalDate monday = LocalDate.parse(point.day()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            double[] sums = byWeek.computeIfAbsent(monday, week -> new double[4]);
            if (point.before() != null) {
                sums[0] += point.before();
                sums[1]++;
            }
            if (point.after() != null) {
                sums[2] += point.after();
                sums[3]++;
            }
        }
        Table table = Table.indented("  ");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        byWeek.forEach((monday, sums) -> {
            Double meanBefore = sums[1] == 0 ? null : sums[0] / sums[1];
            Double meanAfter = sums[3] == 0 ? null : sums[2] / sums[3];
            table.row(
                    "week of " + monday.format(DAY_MONTH), "before " + level(meanBefore), "after " + level(meanAfter));
            before.append(spark(meanBefore));
            after.append(spark(meanAfter));
        });
        output.table(table);
        if (output.decorated() && byWeek.size() > 1) {
            output.line("  before " + before + "   after " + after);
        }
    }

    /** A level from 0 to 10 as one of eight rising blocks; a week without one is blank. */
    private static char spark(Double level) {
        if (level == null) {
            return ' ';
        }
        int index = (int) Math.round(Math.max(0, Math.min(10, level)) / 10 * (SPARKS.length() - 1));
        return SPARKS.charAt(index);
    }

    /**
     * Weeks left to right, Monday to Sunday top to bottom, as a commit calendar does: the months
     * above, the day of the month each week begins under them, coloured on a terminal.
     */
    private static void heatMap(
            Output output, HabitEntry habit, HabitStats progress, LocalDate firstMonday, LocalDate today) {
        Map<LocalDate, DayEntry> days = new HashMap<>();
        progress.days().forEach(day -> days.put(LocalDate.parse(day.date()), day));
        // The key's cells carry their own colours: each is styled alone, none inside another.
        output.line(output.bold(habit.name()) + "  (" + key(output) + ")");
        int weeks = (int) ChronoUnit.WEEKS.between(firstMonday, today) + 1;
        // Three characters a week when they fit, so that each week can carry its date; else one.
        boolean wide = LABEL.length() + weeks * 3 <= output.width();
        int cell = wide ? 3 : 1;
        StringBuilder months = new StringBuilder(LABEL);
        StringBuilder mondays = new StringBuilder(LABEL);
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            int column = LABEL.length() + week * cell;
            boolean newMonth =
                    week == 0 || monday.getMonth() != monday.minusWeeks(1).getMonth();
            if (newMonth && months.length() <= column) {
                months.append(" ".repeat(column - months.length()))
                        .append(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
            mondays.append(String.format(Locale.ROOT, "%2d ", monday.getDayOfMonth()));
        }
        output.line(output.faint(months.toString().stripTrailing()));
        if (wide) {
            output.line(output.faint(mondays.toString().stripTrailing()));
        }
        for (DayOfWeek weekday : DayOfWeek.values()) {
            StringBuilder line = new StringBuilder("  ")
                    .append(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append(' ');
            for (int week = 0; week < weeks; week++) {
                LocalDate date = firstMonday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(weekday));
                String state = date.isAfter(today) ? "" : state(days.get(date));
                line.append(wide ? cell(output, state, 2) + " " : cell(output, state, 1));
            }
            output.line(line.toString().stripTrailing());
        }
    }

    private static String key(Output output) {
        return cell(output, "DONE", 1) + " done, " + cell(output, "PARTIAL", 1) + " partly, "
                + cell(output, "MISSED", 1) + " missed, " + cell(output, "SKIPPED", 1) + " skipped, "
                + cell(output, "PAUSED", 1) + " paused";
    }

    private static String state(DayEntry day) {
        return day == null ? "" : day.state().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A day of {@code state}, {@code width} characters wide, in its colour on a terminal. */
    private static String cell(Output output, String state, int width) {
        boolean unicode = output.decorated();
        return switch (state) {
            case "DONE" -> output.colour((unicode ? "█" : "#").repeat(width), Colour.GOOD);
            case "PARTIAL" -> output.colour((unicode ? "▒" : "+").repeat(width), Colour.PARTLY);
            case "MISSED" -> output.faint((unicode ? "·" : ".").repeat(width));
            case "SKIPPED" -> output.colour("s", Colour.AWAY) + " ".repeat(width - 1);
            case "PAUSED" -> output.colour("p", Colour.AWAY) + " ".repeat(width - 1);
            default -> " ".repeat(width);
        };
    }

    private static String percent(Double value) {
        return value != null ? Math.round(value * 100) + "%" : "-";
    }

    private static String level(Double value) {
        return value != null ? String.format(Locale.ROOT, "%.1f", value) : "-";
    }
}
