package dev.unknot.core.progress;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a {@link HabitLog} one day at a time, the way a person would fill in a paper log. */
final class LogBook {

    private final Habit habit;
    private final Map<LocalDate, Double> amounts = new HashMap<>();
    private final Set<LocalDate> skipped = new HashSet<>();
    private final List<DateRange> pauses = new ArrayList<>();

    private LogBook(Habit habit) {
        this.habit = habit;
    }

    static LogBook of(Habit habit) {
        return new LogBook(habit);
    }

    static Habit habit(Schedule schedule, Metric metric, LocalDate startsOn) {
        return habit(1, schedule, metric, startsOn, HabitStatus.ACTIVE);
    }

    static Habit habit(long id, Schedule schedule, Metric metric, LocalDate startsOn, HabitStatus status) {
        return new Habit(
                new HabitId(id), "Habit " + id, HabitTarget.custom("Loosen up"), schedule, metric, startsOn, status);
    }

    static Habit daily(LocalDate startsOn) {
        return habit(Schedule.daily(), Metric.yesNo(), startsOn);
    }

    /** One check-in of 1 on each day. */
    LogBook done(LocalDate... days) {
        for (LocalDate day : days) {
            amounts.merge(day, 1.0, Double::sum);
        }
        return this;
    }

    /** One check-in of 1 on each day from {@code first} to {@code last}. */
    LogBook doneFrom(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            done(day);
        }
        return this;
    }

    LogBook amount(LocalDate day, double amount) {
        amounts.merge(day, amount, Double::sum);
        return this;
    }

    LogBook skipped(LocalDate... days) {
        skipped.addAll(List.of(days));
        return this;
    }

    LogBook paused(LocalDate first, LocalDate last) {
        pauses.add(new DateRange(first, last));
        return this;
    }

    HabitLog log() {
        return new HabitLog(habit, amounts, skipped, pauses);
    }
}
