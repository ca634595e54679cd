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
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Progress {

    public static final int DAILY_HALF_LIFE = 14;
    public static final int WEEKLY_HALF_LIFE = 4;
    static final double DAILY_ALPHA = Math.pow(0.5, 1.0 / DAILY_HALF_LIFE);
    static final double WEEKLY_ALPHA = Math.pow(0.5, 1.0 / WEEKLY_HALF_LIFE);

    private Progress() {}

    public static HabitProgress of(HabitLog log, LocalDate today) {
        Habit habit = log.habit();
        List<Day> days = days(log, today);
        if (habit.schedule() instanceof Schedule.TimesPerWeek perWeek) {
            List<Week> weeks = weeks(log, days, perWeek.times(), today);
            return new HabitProgress(
                    habit.id(),
                    today,
                    days,
                    weeks,
                    currentWeekStreak(weeks),
                    bestWeekStreak(weeks),
                    weeklyStrength(weeks),
                    new Adherence(
                            weekAdherence(weeks, today, 7),
                            weekAdherence(weeks, today, 30),
                            weekAdherence(weeks, today, 90)));
        }
        return new HabitProgress(
                habit.id(),
                today,
                days,
                List.of(),
                currentDayStreak(days),
                bestDayStreak(days),
                dailyStrength(days),
                new Adherence(
                        dayAdherence(days, today, 7), dayAdherence(days, today, 30), dayAdherence(days, today, 90)));
    }

    /** The states of the days from the habit's start to {@code today}; empty when it starts later. */
    public static List<Day> days(LocalDate from, HabitLog log, LocalDate today) {
        Habit habit = log.habit();
        double target = dailyTarget(habit);
        boolean weekly = habit.schedule() instanceof Schedule.TimesPerWeek;
        LocalDate start = from.isBefore(habit.startsOn()) ? habit.startsOn() : from;
        List<Day> days = new ArrayList<>((int) Math.max(0, ChronoUnit.DAYS.between(start, today) + 1));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
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
        LocalDate start = log.habit().startsOn();
        int index = 0;
        for (LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(today);
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

    private static Streak currentDayStreak(List<Day> days) {
        int length = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (int i = days.size() - 1; i >= 0; i--) {
            Day day = days.get(i);
            if (day.state() == DayState.DONE) {
                length++;
                first = day.date();
                last = last == null ? day.date() : last;
            } else if (!day.state().isNeutral()) {
                break;
            }
        }
        return new Streak(length, Streak.Unit.DAYS, Optional.ofNullable(first), Optional.ofNullable(last));
    }

    private static Streak bestDayStreak(List<Day> days) {
        Streak best = Streak.none(Streak.Unit.DAYS);
        int length = 0;
        LocalDate first = null;
        for (Day day : days) {
            if (day.state() == DayState.DONE) {
                first = length == 0 ? day.date() : first;
                length++;
                if (length > best.length()) {
                    best = new Streak(length, Streak.Unit.DAYS, Optional.of(first), Optional.of(day.date()));
                }
            } else if (!day.state().isNeutral()) {
                length = 0;
            }
        }
        return best;
    }

    private static Streak currentWeekStreak(List<Week> weeks) {
        int length = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (int i = weeks.size() - 1; i >= 0; i--) {
            Week week = weeks.get(i);
            if (week.state() == Week.State.MET) {
                length++;
                first = week.monday();
                last = last == null ? week.monday().plusDays(6) : last;
            } else if (week.state() == Week.State.MISSED) {
                break;
            }
        }
        return new Streak(length, Streak.Unit.WEEKS, Optional.ofNullable(first), Optional.ofNullable(last));
    }

    private static Streak bestWeekStreak(List<Week> weeks) {
        Streak best = Streak.none(Streak.Unit.WEEKS);
        int length = 0;
        LocalDate first = null;
        for (Week week : weeks) {
            if (week.state() == Week.State.MET) {
                first = length == 0 ? week.monday() : first;
                length++;
                if (length > best.length()) {
                    best = new Streak(
                            length,
                            Streak.Unit.WEEKS,
                            Optional.of(first),
                            Optional.of(week.monday().plusDays(6)));
                }
            } else if (week.state() == Week.State.MISSED) {
                length = 0;
            }
        }
        return best;
    }

    private static double dailyStrength(List<Day> days) {
        double strength = 0;
        for (Day day : days) {
            if (!day.state().isNeutral()) {
                strength = DAILY_ALPHA * strength + (1 - DAILY_ALPHA) * day.fraction();
            }
        }
        return strength;
    }

    private static double weeklyStrength(List<Week> weeks) {
        double strength = 0;
        for (Week week : weeks) {
            if (week.state() == Week.State.MET || week.state() == Week.State.MISSED) {
                strength = WEEKLY_ALPHA * strength + (1 - WEEKLY_ALPHA) * week.fraction();
            }
        }
        return strength;
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
