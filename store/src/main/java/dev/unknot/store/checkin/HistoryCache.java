package dev.unknot.store.checkin;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.HabitId;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check-in histories read last, each with the history revision of its person at the time of
 * reading. An entry is used only while the person's revision in the database is still the same,
 * so a change made by another process (the CLI beside the web server, another server instance)
 * is seen at once: every change to a person's check-ins raises the revision in its transaction.
 *
 * <p>With a history, its daily amounts for one calendar are kept once computed: turning each of
 * thousands of check-in times into a day of the person's calendar costs more than reading them.
 *
 * <p>The cache holds at most {@code unknot.history-cache.check-ins} check-ins in all (default
 * {@value #DEFAULT_CAPACITY}, each a few hundred bytes with its share of the daily amounts);
 * {@code 0} turns it off. The people used least recently go first; a person
 * whose history alone is larger is not cached.
 */
@Singleton
class HistoryCache {

    static final int DEFAULT_CAPACITY = 100_000;

    /** The amounts per habit and day of {@code calendar}, summed in the order the check-ins were done. */
    record DailyAmounts(PersonalCalendar calendar, Map<HabitId, Map<LocalDate, Double>> byHabit) {}

    private static final class Entry {
        final long revision;
        final List<RecordedCheckIn> checkIns;
        DailyAmounts daily;

        Entry(long revision, List<RecordedCheckIn> checkIns) {
            this.revision = revision;
            this.checkIns = checkIns;
        }
    }

    private final int capacity;
    private final Map<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    HistoryCache(@Property(name = "unknot.history-cache.check-ins", defaultValue = "" + DEFAULT_CAPACITY) int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The person's history as read at {@code revision}, if it is held. */
    synchronized Optional<List<RecordedCheckIn>> get(long personId, long revision) {
        return current(personId, revision).map(entry -> entry.checkIns);
    }

    /** The daily amounts of the person's history at {@code revision} for {@code calendar}, if they are held. */
    synchronized Optional<DailyAmounts> dailyAmounts(long personId, long revision, PersonalCalendar calendar) {
        return current(personId, revision).map(entry -> entry.daily)
                .filter(daily -> daily.calendar().equals(calendar));
    }

    /**
     * Keeps the person's history as read at {@code revision}: the revision must have been read
     * before the check-ins, in the same transaction or an earlier one, so that a history is never
     * filed under a revision newer than itself.
     */
    synchronized void put(long personId, long revision, List<RecordedCheckIn> checkIns) {
        Entry old = entries.remove(personId);
        if (old != null) {
            held -= old.checkIns.size();
        }
        if (checkIns.size() > capacity) {
            return;
        }
        entries.put(personId, new Entry(revision, List.copyOf(checkIns)));
        held += checkIns.size();
        Iterator<Entry> eldest = entries.values().iterator();
        while (held > capacity && eldest.hasNext()) {
            held -= eldest.next().checkIns.size();
            eldest.remove();
        }
    }

    /** Keeps the daily amounts with the history they were computed from, if that is still held. */
    synchronized void putDailyAmounts(long personId, long revision, DailyAmounts daily) {
        current(personId, revision).ifPresent(entry -> entry.daily = daily);
    }

    /** How many check-ins are held, for tests. */
    synchronized int held() {
        return held;
    }

    private Optional<Entry> current(long personId, long revision) {
        Entry entry = entries.get(personId);
        return entry != null && entry.revision == revision ? Optional.of(entry) : Optional.empty();
    }
}
