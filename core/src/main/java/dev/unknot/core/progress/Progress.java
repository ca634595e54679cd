package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Computes a habit's days, streaks, strength and adherence from its {@link HabitLog}. Pure: the
 * same log and day always give the same figures.
 *
 * <h2>Days</h2>
 * Every day from the habit's start to {@code today} gets a {@link DayState}. Pauses win over skips,
 * skips over the schedule. A day is met when its amount reaches its target: 1 for a yes/no habit,
 * the daily target of a measured habit, and for an every-N-hours habit the number of slots in its
 * window ({@code floor((until − from) / N)}, at least 1: 09:00–17:00 every hour has 8).
 *
 * <h2>Streaks</h2>
 * Day-based schedules (daily, chosen weekdays, every N hours) count met days; a past due day that
 * is not met ends a streak, while skipped, paused, not-due days and a today not yet met neither
 * count nor break it. N-times-a-week habits count met weeks (Monday to Sunday) the same way: a
 * week asks for N met days, or for fewer when skips, pauses or the habit's start leave fewer than
 * N days in it; a week with no day left to play with is excused; the running week is pending
 * until met.
 *
 * <h2>Strength</h2>
 * An exponential moving average over the units that count (due days, or weeks), in the spirit of
 * Loop Habit Tracker's score: {@code s = α·s + (1 − α)·v}, starting from {@code s = 0}, where
 * {@code v} is the unit's fraction done (0 to 1) and {@code α = 0.5^(1/h)} for a half-life of
 * {@code h} = {@value #DAILY_HALF_LIFE} due days or {@value #WEEKLY_HALF_LIFE} weeks. Neutral units
 * leave it unchanged. One miss after a long run costs about 5 % (1 − α for days), so a single
 * lapse is forgiven; a month of misses halves it twice.
 *
 * <h2>Adherence</h2>
 * For the last 7, 30 and 90 days up to today: the mean fraction done over the due days that count
 * (met, partial, missed), or over the weeks that count (met, missed) that overlap the window.
 *
 * <h2>Standing, day by day</h2>
 * Streaks and strength are a fold over the days (weeks) in order, so the {@link Standing} after a
 * past day can be kept and the later days folded onto it: the answer is the same as folding every
 * day from the start (the days before it are final once they are past, whatever today is), and
 * costs only the days after it. {@link #settle} folds up to a day, {@link #standing} up to today,
 * and {@link #of(HabitLog, LocalDate, Optional, LocalDate)} gives the days shown and the adherence
 * beside them; {@link #firstDayNeeded} says from which day on each needs the log's amounts.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Progress {

    public static final int DAILY_HALF_LIFE = 14;
    public static final int WEEKLY_HALF_LIFE = 4;
    static final double DAILY_ALPHA = Math.pow(0.5, 1.0 / DAILY_HALF_LIFE);
    static final double WEEKLY_ALPHA = Math.pow(0.5, 1.0 / WEEKLY_HALF_LIFE);

    private Progress() {}

    /** How far back adherence looks: its longest window. */
    static final int ADHERENCE_DAYS = 90;

    /** Everything from the habit's first day: the days, weeks, streaks, strength and adherence. */
    public static HabitProgress of(HabitLog log, LocalDate today) {
        return of(log, today, Optional.empty(), log.habit().startsOn());
    }

    /**
     * The habit's progress on {@code today}, folded on from {@code settled} (a standing kept for an
     * earlier day; empty to fold from the habit's start), with the days and weeks from
     * {@code shownFrom} on. The log needs the amounts from {@link #firstDayNeeded} on.
     */
    public static HabitProgress of(HabitLog log, LocalDate today, Optional<Standing> settled, LocalDate shownFrom) {
        Habit habit = log.habit();
        Standing from = settled.orElseGet(() -> Standing.before(habit));
        List<Day> days = days(firstDayNeeded(habit, today, settled, shownFrom), log, today);
        List<Day> shownDays =
                days.stream().filter(day -> !day.date().isBefore(shownFrom)).toList();
        if (habit.schedule() instanceof Schedule.TimesPerWeek perWeek) {
            List<Week> weeks = weeks(log, days, perWeek.times(), today);
            Standing standing = foldWeeks(from, weeks, today);
            return new HabitProgress(
                    habit.id(),
                    today,
                    shownDays,
                    weeks.stream()
                            .filter(week -> !week.monday().plusDays(6).isBefore(shownFrom))
                            .toList(),
                    standing.current(),
                    standing.best(),
                    standing.strength(),
                    new Adherence(
                            weekAdherence(weeks, today, 7),
                            weekAdherence(weeks, today, 30),
                            weekAdherence(weeks, today, ADHERENCE_DAYS)));
        }
        Standing standing = foldDays(from, days, today);
        return new HabitProgress(
                habit.id(),
                today,
                shownDays,
                List.of(),
                standing.current(),
                standing.best(),
                standing.strength(),
                new Adherence(
                        dayAdherence(days, today, 7),
                        dayAdherence(days, today, 30),
                        dayAdherence(days, today, ADHERENCE_DAYS)));
    }

    /**
     * The streaks and strength on {@code today}, folded on from {@code settled} (empty: from the
     * habit's start): all that today's page and a check-in's answer show. The log needs the
     * amounts of the days after the settled one.
     */
    public static Standing standing(HabitLog log, LocalDate today, Optional<Standing> settled) {
        Habit habit = log.habit();
        Standing from = settled.orElseGet(() -> Standing.before(habit));
        List<Day> days = days(foldStart(habit, from), log, today);
        if (habit.schedule() instanceof Schedule.TimesPerWeek perWeek) {
            return foldWeeks(from, weeks(log, days, perWeek.times(), today), today);
        }
        return foldDays(from, days, today);
    }

    /**
     * The standing after {@code through}, a past day, folded on from {@code from} (empty: from the
     * habit's start); for an N-times-a-week habit, after the last Sunday up to {@code through}.
     * What a host keeps, so that later answers fold only the days after it.
     */
    public static Standing settle(HabitLog log, Optional<Standing> from, LocalDate through) {
        Habit habit = log.habit();
        boolean weekly = habit.schedule() instanceof Schedule.TimesPerWeek;
        LocalDate last = weekly ? through.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)) : through;
        Standing start = from.orElseGet(() -> Standing.before(habit));
        if (!last.isAfter(start.through())) {
            // Nothing to fold: a kept standing stays as it is; before the habit's start, it starts there.
            return from.isPresent() ? start : new Standing(last, start.current(), start.best(), start.strength());
        }
        // Past days are final: folded as they stand on the day after the last one.
        LocalDate dayAfter = last.plusDays(1);
        List<Day> days = days(foldStart(habit, start), log, last, dayAfter);
        Standing folded = weekly
                ? foldWeeks(
                        start, weeks(log, days, ((Schedule.TimesPerWeek) habit.schedule()).times(), dayAfter), dayAfter)
                : foldDays(start, days, dayAfter);
        return new Standing(last, folded.current(), folded.best(), folded.strength());
    }

    /**
     * The last day a host should keep a standing for on {@code today}: the Sunday that ended the
     * week before last. The days after it (eight to fourteen) are the ones a person still corrects,
     * so a kept standing is rarely made stale, and Today reads no more than two weeks.
     */
    public static LocalDate settledThrough(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1)
                .minusDays(1);
    }

    /**
     * The first day whose amount {@link #of(HabitLog, LocalDate, Optional, LocalDate)} reads: the
     * first day to fold, to show or to count for adherence, whole weeks for an N-times-a-week habit;
     * never before the habit's start.
     */
    public static LocalDate firstDayNeeded(
            Habit habit, LocalDate today, Optional<Standing> settled, LocalDate shownFrom) {
        LocalDate first = min(
                foldStart(habit, settled.orElseGet(() -> Standing.before(habit))),
                min(shownFrom, today.minusDays(ADHERENCE_DAYS - 1L)));
        if (habit.schedule() instanceof Schedule.TimesPerWeek) {
            first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return first.isBefore(habit.startsOn()) ? habit.startsOn() : first;
    }

    /** The first day {@link #standing} reads the amount of, folding on from {@code settled}. */
    public static LocalDate firstDayNeeded(Habit habit, Optional<Standing> settled) {
        return foldStart(habit, settled.orElseGet(() -> Standing.before(habit)));
    }

    private static LocalDate foldStart(Habit habit, Standing from) {
        LocalDate next = from.through().plusDays(1);
        return next.isBefore(habit.startsOn()) ? habit.startsOn() : next;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    /** Folds the days after {@code from.through()} in order; see the class comment. */
    private static Standing foldDays(Standing from, List<Day> days, LocalDate through) {
        Streak current = from.current();
        Streak best = from.best();
        double strength = from.strength();
        for (Day day : days) {
            if (!day.date().isAfter(from.through())) {
                continue;
            }
            if (day.state() == DayState.DONE) {
                current = extended(current, day.date(), day.date());
                best = current.length() > best.length() ? current : best;
            } else if (!day.state().isNeutral()) {
                current = Streak.none(Streak.Unit.DAYS);
            }
            if (!day.state().isNeutral()) {
                strength = DAILY_ALPHA * strength + (1 - DAILY_ALPHA) * day.fraction();
            }
        }
        return new Standing(through, current, best, strength);
    }

    /** Folds the weeks that end after {@code from.through()} in order; see the class comment. */
    private static Standing foldWeeks(Standing from, List<Week> weeks, LocalDate through) {
        Streak current = from.current();
        Streak best = from.best();
        double strength = from.strength();
        for (Week week : weeks) {
            if (!week.monday().plusDays(6).isAfter(from.through())) {
                continue;
            }
            if (week.state() == Week.State.MET) {
                current = extended(current, week.monday(), week.monday().plusDays(6));
                best = current.length() > best.length() ? current : best;
            } else if (week.state() == Week.State.MISSED) {
                current = Streak.none(Streak.Unit.WEEKS);
            }
            if (week.state() == Week.State.MET || week.state() == Week.State.MISSED) {
                strength = WEEKLY_ALPHA * strength + (1 - WEEKLY_ALPHA) * week.fraction();
            }
        }
        return new Standing(through, current, best, strength);
    }

    private static Streak extended(Streak run, LocalDate first, LocalDate last) {
        return new Streak(run.length() + 1, run.unit(), Optional.of(run.first().orElse(first)), Optional.of(last));
    }

    /** The states of the days from {@code from} (not before the habit's start) to {@code today}. */
    public static List<Day> days(LocalDate from, HabitLog log, LocalDate today) {
        return days(from, log, today, today);
    }

    /** The states of the days from {@code from} (not before the habit's start) to {@code last}, on {@code today}. */
    private static List<Day> days(LocalDate from, HabitLog log, LocalDate last, LocalDate today) {
        Habit habit = log.habit();
        double target = dailyTarget(habit);
        boolean weekly = habit.schedule() instanceof Schedule.TimesPerWeek;
        LocalDate start = from.isBefore(habit.startsOn()) ? habit.startsOn() : from;
        List<Day> days = new ArrayList<>((int) Math.max(0, ChronoUnit.DAYS.between(start, last) + 1));
        for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
            double amount = log.amountOn(day);
            days.add(new Day(day, state(log, day, amount, target, weekly, today), amount, target));
        }
        return days;
    }

    public static List<Day> days(HabitLog log, LocalDate today) {
        return days(log.habit().startsOn(), log, today);
    }

    /** What meets one day of {@code habit}; see the class comment. */
    public static double dailyTarget(Habit habit) {
        if (habit.metric() instanceof Metric.Measured measured) {
            return measured.dailyTarget();
        }
        if (habit.schedule() instanceof Schedule.EveryHours everyHours) {
            return slots(everyHours);
        }
        return 1;
    }

    /** How many times an every-N-hours habit is due in one day. */
    public static int slots(Schedule.EveryHours schedule) {
        long minutes = Duration.between(schedule.from(), schedule.until()).toMinutes();
        return (int) Math.max(1, minutes / (schedule.hours() * 60L));
    }

    /** Whether a day-based schedule asks for {@code day}. N-times-a-week schedules ask for no particular day. */
    public static boolean isDue(Schedule schedule, LocalDate day) {
        if (schedule instanceof Schedule.OnWeekdays onWeekdays) {
            return onWeekdays.days().contains(day.getDayOfWeek());
        }
        return !(schedule instanceof Schedule.TimesPerWeek);
    }

    private static DayState state(
            HabitLog log, LocalDate day, double amount, double target, boolean weekly, LocalDate today) {
        if (log.isPaused(day)) {
            return DayState.PAUSED;
        }
        if (log.skipped().contains(day)) {
            return DayState.SKIPPED;
        }
        boolean met = amount >= target;
        if (weekly) {
            return met ? DayState.DONE : DayState.NOT_DUE;
        }
        if (!isDue(log.habit().schedule(), day)) {
            return DayState.NOT_DUE;
        }
        if (met) {
            return DayState.DONE;
        }
        if (day.equals(today)) {
            return DayState.PENDING;
        }
        return amount > 0 ? DayState.PARTIAL : DayState.MISSED;
    }

    private static List<Week> weeks(HabitLog log, List<Day> days, int times, LocalDate today) {
        List<Week> weeks = new ArrayList<>();
        if (days.isEmpty()) {
            return weeks;
        }
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        int index = 0;
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            int done = 0;
            while (index < days.size() && !days.get(index).date().isAfter(sunday)) {
                if (days.get(index).state() == DayState.DONE) {
                    done++;
                }
                index++;
            }
            int required = requiredInWeek(log, times, monday);
            Week.State state;
            if (required == 0) {
                state = Week.State.EXCUSED;
            } else if (done >= required) {
                state = Week.State.MET;
            } else if (!sunday.isBefore(today)) {
                state = Week.State.PENDING;
            } else {
                state = Week.State.MISSED;
            }
            weeks.add(new Week(monday, done, required, state));
        }
        return weeks;
    }

    /**
     * How many days the week starting on {@code monday} asks of an N-times-a-week habit: N, or the
     * days left to play with when skips, pauses or the habit's start leave fewer.
     */
    static int requiredInWeek(HabitLog log, int times, LocalDate monday) {
        LocalDate start = log.habit().startsOn();
        int inPlay = 0;
        for (LocalDate day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
            if (!day.isBefore(start) && !log.isPaused(day) && !log.skipped().contains(day)) {
                inPlay++;
            }
        }
        return Math.min(times, inPlay);
    }

    private static OptionalDouble dayAdherence(List<Day> days, LocalDate today, int window) {
        LocalDate from = today.minusDays(window - 1L);
        double sum = 0;
        int counted = 0;
        for (int i = days.size() - 1; i >= 0 && !days.get(i).date().isBefore(from); i--) {
            Day day = days.get(i);
            if (!day.state().isNeutral()) {
                sum += day.fraction();
                counted++;
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
    }

    private static OptionalDouble weekAdherence(List<Week> weeks, LocalDate today, int window) {
        LocalDate from = today.minusDays(window - 1L);
        double sum = 0;
        int counted = 0;
        for (int i = weeks.size() - 1;
                i >= 0 && !weeks.get(i).monday().plusDays(6).isBefore(from);
                i--) {
            Week week = weeks.get(i);
            if (week.state() == Week.State.MET || week.state() == Week.State.MISSED) {
                sum += week.fraction();
                counted++;
            }
        }
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
    }
}
