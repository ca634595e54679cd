package dev.unknot.app.checkin;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.checkin.CheckInRow;
import dev.unknot.store.checkin.CheckInRows;
import dev.unknot.store.checkin.HistoryReader;
import dev.unknot.store.checkin.HistoryWriter;
import dev.unknot.store.db.Transactions;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Recording, correcting and reading a person's check-ins.
 *
 * <p>Recording is idempotent by client id: the same client id again returns the check-in stored
 * the first time and writes nothing, also when two processes send it at the same moment (the
 * database's unique constraint decides through {@code INSERT ... ON CONFLICT DO NOTHING}; the
 * loser reads the winner's row, and no transaction fails). Times are kept to the
 * millisecond and durations to the second. Days are the person's own: a check-in at 01:30 with a
 * day start of 04:00 belongs to the day before.
 */
@Singleton
public class CheckInService {

    static final int MAX_CLIENT_ID = 100;
    static final int MAX_NOTE = 2000;
    private static final Comparator<CheckInRow> OLDEST_FIRST =
            Comparator.comparing(CheckInRow::doneAt).thenComparing(CheckInRow::id);

    private final CheckInRepository checkIns;
    private final HistoryReader reader;
    private final HistoryWriter writer;
    private final HistoryCache cache;
    private final HabitService habits;
    private final PersonService people;
    private final Clock clock;
    private final Transactions transactions;
    /**
     * The people whose check-ins this thread's open transaction has changed, each with the history
     * revision it raised theirs to last. The raise locked the person's row until the transaction
     * ends, so for the rest of it that is the revision in the database, and need not be read again.
     */
    private final ThreadLocal<Map<Long, Long>> changedInThisTransaction = ThreadLocal.withInitial(HashMap::new);

    CheckInService(
            CheckInRepository checkIns,
            HistoryReader reader,
            HistoryWriter writer,
            HistoryCache cache,
            HabitService habits,
            PersonService people,
            Clock clock,
            Transactions transactions) {
        this.transactions = transactions;
        this.checkIns = checkIns;
        this.reader = reader;
        this.writer = writer;
        this.cache = cache;
        this.habits = habits;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Records a check-in, or returns the one already stored under its client id.
     *
     * @throws InvalidInputException naming the value at fault; nothing is written
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public RecordedCheckIn record(PersonId person, CheckInRequest request) {
        String clientId = clientId(request.clientId());
        Optional<CheckInRow> stored = checkIns.findByPersonIdAndClientId(person.value(), clientId);
        if (stored.isPresent()) {
            return CheckInRows.recorded(stored.get());
        }
        habits.get(person, request.habit());
        return insert(person, validate(people.get(person).calendar(), request, clientId))
                .checkIn();
    }

    /** A check-in and whether this call stored it ({@code false}: its client id was recorded before). */
    public record Outcome(RecordedCheckIn checkIn, boolean created) {}

    /**
     * Records a check-in of {@code habit}, which the caller read as {@code person}'s in its
     * transaction, or returns the one already stored under its client id: like
     * {@link #record(PersonId, CheckInRequest)}, without reading the person or the habit again.
     * Called in the caller's transaction, the check-in is in the history that the rest of the
     * transaction reads (streak, advice) without the history being read again.
     *
     * @throws InvalidInputException naming the value at fault; nothing is written
     */
    @Transactional
    public Outcome record(Person person, Habit habit, CheckInRequest request) {
        if (!habit.id().equals(request.habit())) {
            throw new IllegalArgumentException("the request is for habit " + request.habit() + ", not " + habit.id());
        }
        String clientId = clientId(request.clientId());
        // Straight to the insert, which finds a recorded client id itself: a new check-in, the
        // common case, costs no read before it.
        CheckIn checkIn;
        try {
            checkIn = validate(person.calendar(), request, clientId);
        } catch (InvalidInputException invalid) {
            // A retry is answered with what was stored the first time, its values unchecked, as
            // when the client id was looked up first: the caller tells a retry with other values
            // (a conflict) from the same one.
            return checkIns.findByPersonIdAndClientId(person.id().value(), clientId)
                    .map(stored -> new Outcome(CheckInRows.recorded(stored), false))
                    .orElseThrow(() -> invalid);
        }
        return insert(person.id(), checkIn);
    }

    /**
     * Inserts a validated check-in unless its client id is taken (when another process stored the
     * same client id in the meantime, nothing is inserted and its check-in is the answer).
     */
    private Outcome insert(PersonId person, CheckIn checkIn) {
        CheckInRow row = CheckInRows.row(null, person.value(), checkIn, clock.instant());
        Optional<HistoryWriter.Inserted> inserted = writer.insertAndRaiseRevision(row);
        if (inserted.isEmpty()) {
            return new Outcome(
                    checkIns.findByPersonIdAndClientId(person.value(), checkIn.clientId())
                            .map(CheckInRows::recorded)
                            .orElseThrow(),
                    false);
        }
        // What a read of the row would give: the values were normalised (note stripped, times to
        // the millisecond, durations to the second) before the insert.
        RecordedCheckIn recorded =
                CheckInRows.recorded(CheckInRows.row(inserted.get().id(), person.value(), checkIn, row.recordedAt()));
        long revision = inserted.get().revision();
        raised(person.value(), revision);
        if (transactionChanged(person.value())) {
            addToCachedHistory(person.value(), revision, recorded);
        }
        return new Outcome(recorded, true);
    }

    /**
     * Puts a check-in this transaction inserted into the person's cached history, if that is held
     * at the revision before this transaction's raise: the raise locked the person's row, so the
     * revision it answered is the last committed one plus this transaction's, and equal to the
     * cached one plus one only when nobody else changed the person's check-ins in between.
     */
    private void addToCachedHistory(long personId, long revision, RecordedCheckIn recorded) {
        cache.addUncommitted(personId, revision - 1, revision, recorded);
    }

    private boolean transactionChanged(long personId) {
        return changedInThisTransaction.get().containsKey(personId);
    }

    /**
     * The person's history revision: the one this thread's transaction raised it to, or else as
     * read from the database.
     */
    private OptionalLong revision(long personId) {
        Long raised = changedInThisTransaction.get().get(personId);
        if (raised != null) {
            return OptionalLong.of(raised);
        }
        return reader.revision(personId);
    }

    /**
     * Raises the person's history revision in the caller's transaction. Until that transaction
     * ends, whatever this thread puts into the cache for the person (the history it now reads
     * includes the uncommitted change) is its own; at the end it is shared, or dropped on a
     * rollback, so that no other thread ever sees a change that might not be committed.
     */
    private void raiseRevision(long personId) {
        writer.raiseRevision(personId).ifPresent(raised -> raised(personId, raised));
    }

    /** Notes that this thread's transaction raised the person's history revision to {@code raised}. */
    private void raised(long personId, long raised) {
        Map<Long, Long> changed = changedInThisTransaction.get();
        if (changed.containsKey(personId)) {
            changed.put(personId, raised);
            return;
        }
        boolean inTransaction = transactions.whenEnded(committed -> {
            changedInThisTransaction.get().remove(personId);
            if (committed) {
                cache.committed(personId);
            } else {
                cache.rolledBack(personId);
            }
        });
        if (inTransaction) {
            changed.put(personId, raised);
        }
    }

    /** @throws NotFoundException when the person has no such check-in */
    @Transactional(readOnly = true)
    public RecordedCheckIn get(PersonId person, CheckInId id) {
        return CheckInRows.recorded(row(person, id));
    }

    /**
     * Replaces a check-in's values with {@code changed}'s; its id, client id and the time it was
     * recorded stay. Start from {@link CheckInRequest#from(CheckIn)}.
     *
     * @throws InvalidInputException naming the value at fault; nothing is changed
     * @throws NotFoundException when the person has no such check-in or habit
     */
    @Transactional
    public RecordedCheckIn edit(PersonId person, CheckInId id, CheckInRequest changed) {
        CheckInRow row = row(person, id);
        habits.get(person, changed.habit());
        CheckIn checkIn = validate(people.get(person).calendar(), changed, row.clientId());
        RecordedCheckIn edited = CheckInRows.recorded(
                checkIns.update(CheckInRows.row(row.id(), person.value(), checkIn, row.recordedAt())));
        raiseRevision(person.value());
        return edited;
    }

    /** @throws NotFoundException when the person has no such check-in */
    @Transactional
    public void delete(PersonId person, CheckInId id) {
        checkIns.delete(row(person, id));
        raiseRevision(person.value());
    }

    /** Deletes the check-in the person recorded last, whatever time it was for, and returns it. */
    @Transactional
    public Optional<RecordedCheckIn> undoLast(PersonId person) {
        Optional<CheckInRow> last = checkIns.findLastRecorded(person.value());
        last.ifPresent(row -> {
            checkIns.delete(row);
            raiseRevision(person.value());
        });
        return last.map(CheckInRows::recorded);
    }

    /** The person's check-ins on {@code days} of their own calendar, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> list(PersonId person, DateRange days) {
        PersonalCalendar calendar = people.get(person).calendar();
        // A margin of a day on each side, then the calendar's own rule: around a daylight-saving
        // change the wall-clock rule and a range of instants can disagree by an hour.
        return checkIns
                .findByPersonIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
                        person.value(),
                        calendar.startOf(days.first()).minus(Duration.ofDays(1)),
                        calendar.startOf(days.last().plusDays(1)).plus(Duration.ofDays(1)))
                .stream()
                .filter(row -> days.contains(calendar.dayOf(row.doneAt())))
                .sorted(OLDEST_FIRST)
                .map(CheckInRows::recorded)
                .toList();
    }

    /** The check-ins of one habit on {@code days}, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> list(PersonId person, HabitId habit, DateRange days) {
        habits.get(person, habit);
        return list(person, days).stream()
                .filter(recorded -> recorded.checkIn().habit().equals(habit))
                .toList();
    }

    /**
     * Every check-in of the person, oldest first. Kept in memory between calls (see
     * {@link HistoryCache}): while the person's check-ins stay as they are, this costs one small
     * query, however long the history.
     */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> history(PersonId person) {
        OptionalLong revision = revision(person.value());
        return revision.isEmpty() ? List.of() : history(person, revision.getAsLong());
    }

    /**
     * How much of each habit the person did on each day of {@code calendar}: the amounts of their
     * check-ins summed per habit and day, in the order the check-ins were done. What progress
     * needs from the whole history; kept with the cached history, so that the times of thousands
     * of check-ins are turned into days once rather than on every page.
     */
    @Transactional(readOnly = true)
    public Map<HabitId, Map<LocalDate, Double>> dailyAmounts(PersonId person, PersonalCalendar calendar) {
        OptionalLong revision = revision(person.value());
        if (revision.isEmpty()) {
            return Map.of();
        }
        long current = revision.getAsLong();
        return cache.dailyAmounts(person.value(), current, calendar)
                .orElseGet(() -> {
                    HistoryCache.DailyAmounts daily =
                            new HistoryCache.DailyAmounts(calendar, sum(history(person, current), calendar));
                    cache.putDailyAmounts(person.value(), current, daily);
                    return daily;
                })
                .byHabit();
    }

    /** The history at {@code revision}, which was read first, from the cache or the database. */
    private List<RecordedCheckIn> history(PersonId person, long revision) {
        return cache.get(person.value(), revision).orElseGet(() -> {
            List<RecordedCheckIn> history = List.copyOf(reader.all(person.value()));
            cache.put(person.value(), revision, history, transactionChanged(person.value()));
            return history;
        });
    }

    private static Map<HabitId, Map<LocalDate, Double>> sum(List<RecordedCheckIn> history, PersonalCalendar calendar) {
        Map<HabitId, Map<LocalDate, Double>> byHabit = new HashMap<>();
        for (RecordedCheckIn recorded : history) {
            CheckIn checkIn = recorded.checkIn();
            byHabit.computeIfAbsent(checkIn.habit(), habit -> new HashMap<>())
                    .merge(calendar.dayOf(checkIn.at()), checkIn.amount(), Double::sum);
        }
        Map<HabitId, Map<LocalDate, Double>> frozen = new HashMap<>();
        byHabit.forEach((habit, amounts) -> frozen.put(habit, Collections.unmodifiableMap(amounts)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * Check-ins done at or after a time, oldest first, and those of them that say how the back was
     * ({@link CheckIn#reports()}), for advice. Views of the history held in memory where it is
     * held: neither is copied.
     */
    public record Recent(List<CheckIn> checkIns, List<CheckIn> reports) {}

    /** The person's check-ins done at or after {@code since}, and their reports: see {@link Recent}. */
    @Transactional(readOnly = true)
    public Recent recent(PersonId person, Instant since) {
        OptionalLong revision = revision(person.value());
        if (revision.isEmpty()) {
            return new Recent(List.of(), List.of());
        }
        Optional<List<RecordedCheckIn>> held = cache.get(person.value(), revision.getAsLong());
        Optional<List<RecordedCheckIn>> reports = cache.reports(person.value(), revision.getAsLong());
        if (held.isPresent() && reports.isPresent()) {
            return new Recent(
                    CheckInsView.of(held.get()
                            .subList(
                                    firstDoneAtOrAfter(held.get(), since),
                                    held.get().size())),
                    CheckInsView.of(reports.get()
                            .subList(
                                    firstDoneAtOrAfter(reports.get(), since),
                                    reports.get().size())));
        }
        List<CheckIn> read = reader.since(person.value(), since).stream()
                .map(RecordedCheckIn::checkIn)
                .toList();
        return new Recent(read, read.stream().filter(CheckIn::reports).toList());
    }

    /** A list of recorded check-ins seen as their check-ins, not copied. */
    private static final class CheckInsView extends java.util.AbstractList<CheckIn> implements java.util.RandomAccess {

        private final List<RecordedCheckIn> recorded;

        private CheckInsView(List<RecordedCheckIn> recorded) {
            this.recorded = recorded;
        }

        static List<CheckIn> of(List<RecordedCheckIn> recorded) {
            return new CheckInsView(recorded);
        }

        @Override
        public CheckIn get(int index) {
            return recorded.get(index).checkIn();
        }

        @Override
        public int size() {
            return recorded.size();
        }
    }

    /** The check-in the person did first (by the time it was done for), if any. */
    @Transactional(readOnly = true)
    public Optional<RecordedCheckIn> first(PersonId person) {
        OptionalLong revision = revision(person.value());
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        return cache.get(person.value(), revision.getAsLong())
                .map(history -> history.stream().findFirst())
                .orElseGet(() -> reader.first(person.value()));
    }

    /** The index of the first check-in done at or after {@code since} in a history sorted oldest first. */
    private static int firstDoneAtOrAfter(List<RecordedCheckIn> history, Instant since) {
        int low = 0;
        int high = history.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (history.get(middle).checkIn().at().isBefore(since)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Every check-in of one habit, oldest first.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> history(PersonId person, HabitId habit) {
        habits.get(person, habit);
        return checkIns.findByPersonIdAndHabitId(person.value(), habit.value()).stream()
                .sorted(OLDEST_FIRST)
                .map(CheckInRows::recorded)
                .toList();
    }

    /** The person's check-in with this client id, if they have one. */
    @Transactional(readOnly = true)
    public Optional<RecordedCheckIn> findByClientId(PersonId person, String clientId) {
        return clientId == null
                ? Optional.empty()
                : checkIns.findByPersonIdAndClientId(person.value(), clientId.strip())
                        .map(CheckInRows::recorded);
    }

    /** Whether the person has any check-in at all. */
    @Transactional(readOnly = true)
    public boolean any(PersonId person) {
        return checkIns.existsByPersonId(person.value());
    }

    /**
     * Stores a check-in exactly as given, recorded at {@code recordedAt}; for importing a person's
     * data. Its habit must already be the person's. Unlike {@link #record}, a day later than today
     * is accepted (the exporting machine's clock may have been ahead) and an existing client id is
     * an error rather than a retry.
     */
    @Transactional
    public RecordedCheckIn restore(PersonId person, CheckIn checkIn, Instant recordedAt) {
        habits.get(person, checkIn.habit());
        clientId(checkIn.clientId());
        note(checkIn.note());
        if (checkIns.findByPersonIdAndClientId(person.value(), checkIn.clientId())
                .isPresent()) {
            throw new InvalidInputException("client id", "client id '" + checkIn.clientId() + "' is used twice");
        }
        RecordedCheckIn restored =
                CheckInRows.recorded(checkIns.save(CheckInRows.row(null, person.value(), checkIn, recordedAt)));
        raiseRevision(person.value());
        return restored;
    }

    /** The check-in asked for, when every value is valid; the habit is the person's (checked before). */
    private CheckIn validate(PersonalCalendar calendar, CheckInRequest request, String clientId) {
        Instant at = request.at().orElseGet(clock::instant).truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = calendar.dayOf(at);
        LocalDate today = calendar.today(clock);
        if (day.isAfter(today)) {
            throw new InvalidInputException(
                    "time", "a check-in cannot be for a later day than today (" + today + "), was for " + day);
        }
        if (!(request.amount() >= 0) || Double.isInfinite(request.amount())) {
            throw new InvalidInputException("amount", "amount must be zero or more, was " + number(request.amount()));
        }
        Optional<Duration> duration = request.duration().map(value -> {
            if (value.isNegative()) {
                throw new InvalidInputException("duration", "duration must not be negative, was " + value);
            }
            return value.truncatedTo(ChronoUnit.SECONDS);
        });
        return new CheckIn(
                clientId,
                request.habit(),
                at,
                request.amount(),
                duration,
                tightness(request.before(), "tightness before"),
                tightness(request.after(), "tightness after"),
                note(request.note()),
                request.symptoms());
    }

    private static Optional<Tightness> tightness(Optional<Integer> level, String field) {
        return level.map(value -> {
            if (value < Tightness.MIN || value > Tightness.MAX) {
                throw new InvalidInputException(
                        field,
                        field + " must be between " + Tightness.MIN + " and " + Tightness.MAX + ", was " + value);
            }
            return Tightness.of(value);
        });
    }

    private static String clientId(String clientId) {
        String stripped = clientId == null ? "" : clientId.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_CLIENT_ID) {
            throw new InvalidInputException(
                    "client id", "client id must be 1 to " + MAX_CLIENT_ID + " characters, was " + stripped.length());
        }
        return stripped;
    }

    private static String note(String note) {
        String stripped = note.strip();
        if (stripped.length() > MAX_NOTE) {
            throw new InvalidInputException(
                    "note", "note must be at most " + MAX_NOTE + " characters, was " + stripped.length());
        }
        return stripped;
    }

    private static String number(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    private CheckInRow row(PersonId person, CheckInId id) {
        return checkIns.findByIdAndPersonId(id.value(), person.value())
                .orElseThrow(() -> new NotFoundException("check-in", id));
    }
}
