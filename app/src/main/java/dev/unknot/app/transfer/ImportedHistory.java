package dev.unknot.app.transfer;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.reminder.ReminderTimes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A history read from a file, before anything is written: habits as the file describes them (their
 * ids are placeholders) and their check-ins, with what the file held that Unknot has no place for.
 * Every importer produces one and {@link HistoryWriter} writes it, so that all of them match habits
 * by name, keep check-ins once per client id and write in bulk the same way.
 *
 * @param kind what the file is, e.g. {@code loop-backup}; see {@link FileKind}
 * @param habits in the file's order, which becomes the order of the habits created
 * @param notMapped what was left out, one line each, in a person's words
 */
public record ImportedHistory(FileKind kind, List<Habit> habits, List<String> notMapped) {

    public ImportedHistory {
        Objects.requireNonNull(kind, "kind");
        habits = List.copyOf(habits);
        notMapped = List.copyOf(notMapped);
    }

    /**
     * One habit of the file with its history.
     *
     * @param details the habit, skipped days and pauses; its id is a placeholder
     * @param mapping how its schedule or target was approximated, when not exactly
     * @param checkIns each with a client id that is the same every time the file is read
     * @param reminder when the habit reminds once created; a habit the person has already keeps its own
     */
    public record Habit(HabitDetails details, Optional<String> mapping, List<Entry> checkIns, ReminderTimes reminder) {
        public Habit {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(mapping, "mapping");
            checkIns = List.copyOf(checkIns);
            Objects.requireNonNull(reminder, "reminder");
        }

        /** A habit whose file says nothing about reminders. */
        public Habit(HabitDetails details, Optional<String> mapping, List<Entry> checkIns) {
            this(details, mapping, checkIns, ReminderTimes.off());
        }

        public String name() {
            return details.habit().name();
        }
    }

    /** A check-in (its habit id is a placeholder) and when it was recorded. */
    public record Entry(CheckIn checkIn, Instant recordedAt) {
        public Entry {
            Objects.requireNonNull(checkIn, "check-in");
            Objects.requireNonNull(recordedAt, "recorded at");
        }
    }
}
