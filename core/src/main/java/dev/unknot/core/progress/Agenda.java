package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Today's agenda: which habits are due, done or overdue at a given instant.
 *
 * <p>Archived habits, habits that start later and day-based habits not due today are left out.
 * An every-N-hours habit has slots at {@code from + k·N} hours ({@code k ≥ 1}) up to
 * {@code until}; each slot that has passed without a check-in counts as overdue, except those
 * before the habit was created ({@link HabitLog#createdAt()}). An
 * N-times-a-week habit is due on any day until the week's quota is met: N days, or fewer when
 * skips, pauses or the habit's start leave fewer days of the week to play with.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Agenda {

    private Agenda() {}

    public static List<AgendaItem> at(Instant now, PersonalCalendar calendar, Collection<HabitLog> logs) {
        LocalDate today = calendar.dayOf(now);
        List<AgendaItem> items = new ArrayList<>();
        for (HabitLog log : logs) {
            Habit habit = log.habit();
            if (habit.status() == HabitStatus.ARCHIVED || habit.startsOn().isAfter(today)) {
                continue;
            }
            itemFor(log, today, now, calendar).ifPresent(items::add);
        }
        return List.copyOf(items);
    }

    private static Optional<AgendaItem> itemFor(HabitLog log, LocalDate today, Instant now, PersonalCalendar calendar) {
        Habit habit = log.habit();
        Schedule schedule = habit.schedule();
        double target = Progress.dailyTarget(habit);
        double amount = log.amountOn(today);
        // A day the schedule does not ask for stays off the agenda, paused or skipped or not.
        if (!(schedule instanceof Schedule.TimesPerWeek) && !Progress.isDue(schedule, today)) {
            return Optional.empty();
        }
        if (log.isPaused(today)) {
            return Optional.of(new AgendaItem(habit, AgendaItem.Status.PAUSED, amount, target, 0, Optional.empty()));
        }
        if (log.skipped().contains(today)) {
            return Optional.of(new AgendaItem(habit, AgendaItem.Status.SKIPPED, amount, target, 0, Optional.empty()));
        }
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return Optional.of(weekly(log, perWeek, today));
        }
        if (amount >= target) {
            return Optional.of(new AgendaItem(habit, AgendaItem.Status.DONE, amount, target, 0, Optional.empty()));
        }
        if (schedule instanceof Schedule.EveryHours everyHours) {
            List<Instant> slots = slots(everyHours, today, calendar);
            // Slots before the habit was created were never asked for: none of them is overdue.
            Instant asked = log.createdAt().orElse(Instant.MIN);
            int passed = (int) slots.stream()
                    .filter(slot -> !slot.isAfter(now) && !slot.isBefore(asked))
                    .count();
            int overdue = Math.max(0, passed - (int) Math.floor(amount));
            Optional<Instant> next =
                    slots.stream().filter(slot -> slot.isAfter(now)).findFirst();
            AgendaItem.Status status = overdue > 0 ? AgendaItem.Status.OVERDUE : AgendaItem.Status.DUE;
            return Optional.of(new AgendaItem(habit, status, amount, target, overdue, next));
        }
        return Optional.of(new AgendaItem(habit, AgendaItem.Status.DUE, amount, target, 0, Optional.empty()));
    }

    private static AgendaItem weekly(HabitLog log, Schedule.TimesPerWeek perWeek, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Day> days = Progress.days(monday, log, today);
        double dayTarget = Progress.dailyTarget(log.habit());
        int met =
                (int) days.stream().filter(day -> day.state() == DayState.DONE).count();
        // The week's quota as progress counts it: lower when skips, pauses or the start leave fewer days.
        int required = Progress.requiredInWeek(log, perWeek.times(), monday);
        boolean doneToday = log.amountOn(today) >= dayTarget;
        AgendaItem.Status status = doneToday || met >= required ? AgendaItem.Status.DONE : AgendaItem.Status.DUE;
        return new AgendaItem(log.habit(), status, met, required, 0, Optional.empty());
    }

    /** The instants of an every-N-hours habit's slots on {@code day}, in order. */
    public static List<Instant> slots(Schedule.EveryHours schedule, LocalDate day, PersonalCalendar calendar) {
        List<Instant> slots = new ArrayList<>();
        for (LocalTime time : slotTimes(schedule)) {
            // Wall-clock times before the day start belong to the next calendar date of the same personal day.
            LocalDate date = time.isBefore(calendar.dayStart()) ? day.plusDays(1) : day;
            slots.add(date.atTime(time).atZone(calendar.zone()).toInstant());
        }
        return slots;
    }

    /** The wall-clock times of an every-N-hours habit's slots, in order: {@code from + k·N} hours up to {@code until}. */
    public static List<LocalTime> slotTimes(Schedule.EveryHours schedule) {
        List<LocalTime> times = new ArrayList<>();
        int count = Progress.slots(schedule);
        for (int k = 1; k <= count; k++) {
            LocalTime time = schedule.from().plusHours((long) k * schedule.hours());
            if (time.isAfter(schedule.until()) || time.isBefore(schedule.from())) {
                // A window shorter than N hours still has one slot: at its end.
                time = schedule.until();
            }
            times.add(time);
        }
        return List.copyOf(times);
    }
}
