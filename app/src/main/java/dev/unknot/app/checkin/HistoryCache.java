package dev.unknot.app.checkin;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.HabitId;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
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
        final SharedHistory checkIns;
        /** Those of {@code checkIns} that {@link CheckIn#reports()}, in the same order: what advice looks through. */
        final SharedHistory reports;

        DailyAmounts daily;
        /**
         * The thread whose transaction made this entry and has not committed yet, or null. Until
         * it commits, only that thread may use the entry: should the transaction roll back, the
         * database's revision goes back and another change could reach this entry's revision.
         */
        Thread uncommittedIn;

        Entry(long revision, SharedHistory checkIns, SharedHistory reports) {
            this.revision = revision;
            this.checkIns = checkIns;
            this.reports = reports;
        }
    }

    private final int capacity;
    private final Map<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    HistoryCache(
            @Property(name = "unknot.history-cache.check-ins", defaultValue = "" + DEFAULT_CAPACITY) int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The person's history as read at {@code revision}, if it is held. */
    synchronized Optional<List<RecordedCheckIn>> get(long personId, long revision) {
        return current(personId, revision).map(entry -> entry.checkIns);
    }

    /**
     * Those check-ins of the person's history at {@code revision} that {@link CheckIn#reports()},
     * oldest first, if the history is held.
     */
    synchronized Optional<List<RecordedCheckIn>> reports(long personId, long revision) {
        return current(personId, revision).map(entry -> entry.reports);
    }

    /** The daily amounts of the person's history at {@code revision} for {@code calendar}, if they are held. */
    synchronized Optional<DailyAmounts> dailyAmounts(long personId, long revision, PersonalCalendar calendar) {
        return current(personId, revision)
                .map(entry -> entry.daily)
                .filter(daily -> daily.calendar().equals(calendar));
    }

    /**
     * Keeps the person's history as read at {@code revision}: the revision must have been read
     * before the check-ins, in the same transaction or an earlier one, so that a history is never
     * filed under a revision newer than itself.
     */
    synchronized void put(long personId, long revision, List<RecordedCheckIn> checkIns) {
        put(personId, revision, checkIns, false);
    }

    /**
     * Keeps the history as {@link #put(long, long, List)} does; {@code uncommitted} when this
     * thread's open transaction changed the person's check-ins (the history has those changes),
     * so that until {@link #committed} only this thread uses it.
     */
    synchronized void put(long personId, long revision, List<RecordedCheckIn> checkIns, boolean uncommitted) {
        Entry old = entries.remove(personId);
        if (old != null) {
            held -= old.checkIns.size();
        }
        if (checkIns.size() > capacity) {
            return;
        }
        Entry entry = new Entry(
                revision,
                SharedHistory.of(checkIns),
                SharedHistory.of(checkIns.stream()
                        .filter(each -> each.checkIn().reports())
                        .toList()));
        entry.uncommittedIn = uncommitted ? Thread.currentThread() : null;
        entries.put(personId, entry);
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

    /**
     * Adds a check-in this thread's open transaction just inserted to the person's history held
     * at revision {@code before}, and files the result under {@code after}, the revision that
     * transaction raised it to: so that the answer to a check-in, and the next read, need not read
     * the whole history again. The entry is this thread's alone until {@link #committed} (or gone
     * with {@link #rolledBack}). Nothing happens unless the history at {@code before} is held and
     * shared (committed).
     *
     * @param after must be {@code before + 1} as read after the insert and the raise, in the same
     *     transaction: then nobody else changed the person's check-ins since {@code before}
     * @return whether the history was held and now has the check-in
     */
    synchronized boolean addUncommitted(long personId, long before, long after, RecordedCheckIn added) {
        return add(personId, before, after, added, true);
    }

    /**
     * Adds a check-in that was inserted and committed, raising the person's revision from
     * {@code before} to {@code after}, to the history held at {@code before}, and files the result
     * under {@code after} for everybody: as {@link #addUncommitted}, for a check-in written in a
     * transaction of its own (see {@link CheckInWriter}).
     *
     * @return whether the history was held and now has the check-in
     */
    synchronized boolean addCommitted(long personId, long before, long after, RecordedCheckIn added) {
        return add(personId, before, after, added, false);
    }

    private boolean add(long personId, long before, long after, RecordedCheckIn added, boolean uncommitted) {
        Entry entry = entries.get(personId);
        if (after != before + 1
                || entry == null
                || entry.revision != before
                || entry.uncommittedIn != null
                || entry.checkIns.size() + 1 > capacity) {
            return false;
        }
        SharedHistory old = entry.checkIns;
        int at = insertionPoint(old, added);
        // At the end, as a check-in done now is, the history grows without a copy.
        SharedHistory reports = entry.reports;
        if (added.checkIn().reports()) {
            reports = reports.with(insertionPoint(reports, added), added);
        }
        Entry next = new Entry(after, old.with(at, added), reports);
        // The daily amounts stay exact only when the new check-in comes last (sums are added in the
        // order the check-ins were done); otherwise they are summed afresh on the next read.
        if (entry.daily != null && at == old.size()) {
            next.daily = withAmount(entry.daily, added);
        }
        next.uncommittedIn = uncommitted ? Thread.currentThread() : null;
        entries.put(personId, next);
        held += 1;
        Iterator<Entry> eldest = entries.values().iterator();
        while (held > capacity && eldest.hasNext()) {
            Entry evicted = eldest.next();
            if (evicted != next) {
                held -= evicted.checkIns.size();
                eldest.remove();
            }
        }
        return true;
    }

    /** This thread's transaction that made the person's entry committed: everybody may use it now. */
    synchronized void committed(long personId) {
        Entry entry = entries.get(personId);
        if (entry != null && entry.uncommittedIn == Thread.currentThread()) {
            entry.uncommittedIn = null;
        }
    }

    /** This thread's transaction that made the person's entry rolled back: the entry is dropped. */
    synchronized void rolledBack(long personId) {
        Entry entry = entries.get(personId);
        if (entry != null && entry.uncommittedIn == Thread.currentThread()) {
            entries.remove(personId);
            held -= entry.checkIns.size();
        }
    }

    /** Where {@code added} goes in a history sorted by the time done, then by id. */
    private static int insertionPoint(List<RecordedCheckIn> history, RecordedCheckIn added) {
        int low = 0;
        int high = history.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            RecordedCheckIn each = history.get(middle);
            int order = each.checkIn().at().compareTo(added.checkIn().at());
            if (order < 0 || (order == 0 && each.id().value() < added.id().value())) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static DailyAmounts withAmount(DailyAmounts daily, RecordedCheckIn added) {
        CheckIn checkIn = added.checkIn();
        Map<LocalDate, Double> amounts = new HashMap<>(daily.byHabit().getOrDefault(checkIn.habit(), Map.of()));
        amounts.merge(daily.calendar().dayOf(checkIn.at()), checkIn.amount(), Double::sum);
        Map<HabitId, Map<LocalDate, Double>> byHabit = new HashMap<>(daily.byHabit());
        byHabit.put(checkIn.habit(), Collections.unmodifiableMap(amounts));
        return new DailyAmounts(daily.calendar(), Collections.unmodifiableMap(byHabit));
    }

    /** How many check-ins are held, for tests. */
    synchronized int held() {
        return held;
    }

    private Optional<Entry> current(long personId, long revision) {
        Entry entry = entries.get(personId);
        return entry != null
                        && entry.revision == revision
                        && (entry.uncommittedIn == null || entry.uncommittedIn == Thread.currentThread())
                ? Optional.of(entry)
                : Optional.empty();
    }
}
