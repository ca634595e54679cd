package dev.unknot.core.reminder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.Agenda;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.HabitLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which reminders of one habit fall due in a stretch of time.
 *
 * <p>On each of the person's days the habit is still open on Today's agenda (due or overdue, so
 * not done, skipped, paused, archived or not yet started; an N-times-a-week habit while the week
 * asks for more), it reminds at each of its reminder times; with {@code slots} an every-N-hours
 * habit reminds at each slot, except slot {@code k} once {@code k} whole check-ins are in. A
 * time is placed with {@link PersonalCalendar#at}: a time the clocks skip reminds when the gap
 * ends, a time the clocks repeat reminds the first time. A reminder whose wall-clock time is in
 * the quiet hours is left out, and two times that fall on one instant remind once.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ReminderSchedule {

    private ReminderSchedule() {}

    /** The reminders due from {@code from} (included) to {@code until} (excluded), in order of their due time. */
    public static List<Reminder> between(
            Instant from,
            Instant until,
            PersonalCalendar calendar,
            HabitLog log,
            ReminderTimes times,
            Optional<QuietHours> quiet) {
        Require.present(from, "from");
        Require.present(until, "until");
        Require.present(quiet, "quiet hours");
        if (times instanceof ReminderTimes.Off || !from.isBefore(until)) {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        // A time before the day start lands on the next date, so the day before `from`'s may still remind.
        for (LocalDate day = calendar.dayOf(from).minusDays(1);
                !day.isAfter(calendar.dayOf(until));
                day = day.plusDays(1)) {
            remindersOn(day, calendar, log, times, quiet).stream()
                    .filter(reminder ->
                            !reminder.due().isBefore(from) && reminder.due().isBefore(until))
                    .forEach(reminders::add);
        }
        reminders.sort(Comparator.comparing(Reminder::due));
        return List.copyOf(reminders);
    }

    /**
     * Whether {@code times} could remind from {@code from} (included) to {@code until} (excluded),
     * looking at the clock alone: never false when {@link #between} finds a reminder there, but
     * true also for a day already done, skipped or quiet. Slots always could. It lets a server pass
     * over people with nothing near without reading their habits and check-ins.
     */
    public static boolean mayRemind(Instant from, Instant until, PersonalCalendar calendar, ReminderTimes times) {
        Require.present(from, "from");
        Require.present(until, "until");
        if (times instanceof ReminderTimes.Off || !from.isBefore(until)) {
            return false;
        }
        if (!(times instanceof ReminderTimes.At at)) {
            return true;
        }
        for (LocalDate day = calendar.dayOf(from).minusDays(1);
                !day.isAfter(calendar.dayOf(until));
                day = day.plusDays(1)) {
            for (LocalTime time : at.times()) {
                Instant due = calendar.at(day, time);
                if (!due.isBefore(from) && due.isBefore(until)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Reminder> remindersOn(
            LocalDate day, PersonalCalendar calendar, HabitLog log, ReminderTimes times, Optional<QuietHours> quiet) {
        if (!isOpen(day, calendar, log)) {
            return List.of();
        }
        List<LocalTime> wanted;
        if (times instanceof ReminderTimes.At at) {
            wanted = at.times();
        } else if (log.habit().schedule() instanceof Schedule.EveryHours everyHours) {
            List<LocalTime> slots = Agenda.slotTimes(everyHours);
            // Slot k counts as done once k whole check-ins are in, as on Today's agenda.
            int done = (int) Math.min(slots.size(), Math.floor(log.amountOn(day)));
            wanted = slots.subList(done, slots.size());
        } else {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        Set<Instant> taken = new HashSet<>();
        for (LocalTime time : wanted) {
            Instant due = calendar.at(day, time);
            LocalTime wallClock = LocalDateTime.ofInstant(due, calendar.zone()).toLocalTime();
            if (quiet.map(hours -> hours.contains(wallClock)).orElse(false) || !taken.add(due)) {
                continue;
            }
            LocalDate date = time.isBefore(calendar.dayStart()) ? day.plusDays(1) : day;
            reminders.add(new Reminder(log.habit(), day, date.atTime(time), due));
        }
        return reminders;
    }

    private static boolean isOpen(LocalDate day, PersonalCalendar calendar, HabitLog log) {
        List<AgendaItem> agenda = Agenda.at(calendar.startOf(day), calendar, List.of(log));
        return !agenda.isEmpty()
                && (agenda.get(0).status() == AgendaItem.Status.DUE
                        || agenda.get(0).status() == AgendaItem.Status.OVERDUE);
    }
}
