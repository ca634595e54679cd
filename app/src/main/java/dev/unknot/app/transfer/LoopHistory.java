package dev.unknot.app.transfer;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.ReminderTimes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loop Habit Tracker's habits and entries, as either of its export forms holds them, mapped onto
 * Unknot's habits and check-ins (docs/import.md says what maps how).
 *
 * <p>Loop keeps one entry per habit and day. A day marked done by hand becomes one check-in at noon
 * of the person's day; a numeric habit's value becomes the check-in's amount; a skipped day becomes
 * a skipped day. Days Loop filled in itself from the frequency, days marked not done and days
 * without a value write nothing. Loop's scores are not read: Unknot computes its own streaks.
 */
final class LoopHistory {

    /** Loop's yes/no entry values; a numeric habit's value is its amount. */
    enum Mark {
        DONE,
        SKIPPED,
        NOTHING
    }

    /**
     * A habit as Loop describes it.
     *
     * @param frequencyTimes how many times in {@code frequencyDays} days (for a numeric habit, the
     *     target is over that many days)
     * @param atMost a numeric habit whose target is an upper limit
     * @param reminder the time of day Loop reminds at, if it does
     * @param reminderEveryDay whether Loop reminds on every day of the week, not only some
     */
    record LoopHabit(
            int position,
            String name,
            String description,
            boolean numeric,
            int frequencyTimes,
            int frequencyDays,
            String unit,
            double targetValue,
            boolean atMost,
            boolean archived,
            Optional<LocalTime> reminder,
            boolean reminderEveryDay) {}

    /** One day of a habit: what it was marked, the amount of a numeric habit, and its note. */
    record LoopEntry(LocalDate day, Mark mark, double amount, String note) {}

    private final PersonalCalendar calendar;
    private final LocalDate today;
    private final List<String> notMapped = new ArrayList<>();
    private final List<ImportedHistory.Habit> habits = new ArrayList<>();
    private int later;
    private int notesWithoutCheckIn;

    LoopHistory(PersonalCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        this.today = today;
    }

    void add(LoopHabit loop, List<LoopEntry> entries) {
        String name =
                loop.name().isBlank() ? "Habit " + loop.position() : loop.name().strip();
        List<String> approximations = new ArrayList<>();
        Schedule schedule = loop.numeric() ? Schedule.daily() : schedule(loop, approximations);
        Metric metric = loop.numeric() ? metric(loop, approximations) : Metric.yesNo();
        ReminderTimes reminder =
                loop.reminder().<ReminderTimes>map(ReminderTimes::at).orElse(ReminderTimes.off());
        if (loop.reminder().isPresent() && !loop.reminderEveryDay()) {
            approximations.add("Loop's reminder on some days of the week only is kept for every day the habit is due");
        }
        List<ImportedHistory.Entry> checkIns = new ArrayList<>();
        Set<LocalDate> skipped = new TreeSet<>();
        LocalDate first = null;
        for (LoopEntry entry : entries) {
            if (entry.day().isAfter(today)) {
                later++;
                continue;
            }
            boolean done =
                    loop.numeric() ? entry.mark() != Mark.SKIPPED && entry.amount() > 0 : entry.mark() == Mark.DONE;
            if (entry.mark() == Mark.SKIPPED) {
                skipped.add(entry.day());
            } else if (done) {
                Instant at = calendar.startOf(entry.day()).plus(Duration.ofHours(12));
                double amount = loop.numeric() ? entry.amount() : 1;
                checkIns.add(new ImportedHistory.Entry(
                        new CheckIn(
                                clientId("loop", name, entry.day().toString()),
                                new HabitId(1),
                                at,
                                amount,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                entry.note().strip(),
                                Set.of()),
                        at));
            } else if (!entry.note().isBlank()) {
                notesWithoutCheckIn++;
            }
            if ((done || entry.mark() == Mark.SKIPPED)
                    && (first == null || entry.day().isBefore(first))) {
                first = entry.day();
            }
        }
        String description =
                loop.description().isBlank() ? name : loop.description().strip();
        Habit habit = new Habit(
                new HabitId(1),
                name,
                HabitTarget.custom(description.length() > 500 ? description.substring(0, 500) : description),
                schedule,
                metric,
                first == null ? today : first,
                loop.archived() ? HabitStatus.ARCHIVED : HabitStatus.ACTIVE);
        habits.add(new ImportedHistory.Habit(
                HabitDetails.of(habit, Optional.empty(), skipped, List.of()),
                approximations.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", approximations)),
                checkIns,
                reminder));
    }

    ImportedHistory history(FileKind kind) {
        List<String> left = new ArrayList<>(notMapped);
        if (later > 0) {
            left.add(ImportPlan.count(later, "day", "days") + " after today (" + today + ") left out");
        }
        if (notesWithoutCheckIn > 0) {
            left.add(ImportPlan.count(notesWithoutCheckIn, "note", "notes")
                    + " on days not done left out (a note belongs to a check-in)");
        }
        left.add("Loop's colours and scores are not imported (Unknot computes its own streaks)");
        return new ImportedHistory(kind, habits, left);
    }

    /**
     * Loop's "n times in m days" as the nearest Unknot schedule: every day when n is at least m,
     * n times a week when m is 7, otherwise the weekly rate 7n/m rounded, from 1 to 7 (7 is every
     * day).
     */
    static Schedule schedule(LoopHabit loop, List<String> approximations) {
        int times = Math.max(1, loop.frequencyTimes());
        int days = Math.max(1, loop.frequencyDays());
        if (times >= days) {
            return Schedule.daily();
        }
        if (days == 7) {
            return Schedule.timesPerWeek(times);
        }
        int perWeek = (int) Math.max(1, Math.min(7, Math.round(7.0 * times / days)));
        Schedule nearest = perWeek == 7 ? Schedule.daily() : Schedule.timesPerWeek(perWeek);
        approximations.add("Loop's " + times + (times == 1 ? " time" : " times") + " in " + days + " days is kept as "
                + nearest.describe() + ", the nearest Unknot schedule");
        return nearest;
    }

    /** A numeric habit's target over its period as a daily target; Loop's upper limits are read as targets. */
    static Metric metric(LoopHabit loop, List<String> approximations) {
        String unit = loop.unit().isBlank() ? "units" : loop.unit().strip();
        int days = Math.max(1, loop.frequencyDays());
        double daily = loop.targetValue() / days;
        if (!(daily > 0)) {
            approximations.add(
                    "Loop's target " + ImportPlan.amount(loop.targetValue()) + " is kept as 1 " + unit + " a day");
            daily = 1;
        } else if (days > 1) {
            daily = Math.round(daily * 100) / 100.0;
            approximations.add("Loop's target of " + ImportPlan.amount(loop.targetValue()) + " " + unit + " in " + days
                    + " days is kept as " + ImportPlan.amount(daily) + " a day");
        }
        if (loop.atMost()) {
            approximations.add("Loop's upper limit is kept as a daily target (Unknot has no limits)");
        }
        return Metric.measured(unit, daily);
    }

    /** A client id that is the same every time the same day of the same habit is read, from either export form. */
    static String clientId(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return parts[0] + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
