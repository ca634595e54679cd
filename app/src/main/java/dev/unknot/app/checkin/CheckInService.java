package dev.unknot.app.checkin;

import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.change.Changes;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.input.Input;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.progress.Standing;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.checkin.CheckInRow;
import dev.unknot.store.checkin.CheckInRows;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Recording, correcting and reading a person's check-ins: every rule a check-in follows, whichever
 * front end it comes from.
 *
 * <ul>
 *   <li><b>Once per client id.</b> The same client id again with the same values (those it names;
 *       a value left out is not compared) gives the check-in stored the first time and writes
 *       nothing, also when two processes send it at the same moment (the database's unique
 *       constraint decides through {@code INSERT ... ON CONFLICT DO NOTHING}); with other values it
 *       is a {@link ConflictException}.
 *   <li><b>The default amount</b> ({@link #defaultAmount}): what is left of a measured habit's
 *       target on that day, at least 1; 1 for any other habit.
 *   <li><b>Ranges:</b> a time on a day from {@link #EARLIEST_DAY} to today in the person's calendar;
 *       an amount from 0 to {@value #MAX_AMOUNT}; a duration up to a day; a tightness from 0 to 10;
 *       a note of at most {@value #MAX_NOTE} characters, and a note and client id of plain text
 *       ({@link Input}). Times are kept to the millisecond and durations to the second. A list's
 *       days are {@link Input#days supported days}.
 * </ul>
 *
 * <p>Days are the person's own: a check-in at 01:30 with a day start of 04:00 belongs to the day
 * before. Every change raises the person's revision and forgets the standings it makes stale
 * ({@link Changes}).
 */
@Singleton
public class CheckInService {

    /** The first day a check-in can be for. */
    public static final LocalDate EARLIEST_DAY = DateRange.SUPPORTED.first();

    /** The largest amount one check-in can record. */
    public static final double MAX_AMOUNT = Input.MAX_AMOUNT;

    /** The longest a check-in can say it took. */
    public static final Duration MAX_DURATION = Duration.ofDays(1);

    public static final int MAX_CLIENT_ID = 100;
    public static final int MAX_NOTE = 2000;

    private final CheckInRepository checkIns;
    private final CheckInHistory history;
    private final HabitService habits;
    private final PersonService people;
    private final ProgressService progress;
    private final AdviceService advice;
    private final Changes changes;
    private final Clock clock;
    private final ApplicationEventPublisher<CheckInRecorded> recorded;

    CheckInService(
            CheckInRepository checkIns,
            CheckInHistory history,
            HabitService habits,
            PersonService people,
            ProgressService progress,
            AdviceService advice,
            Changes changes,
            Clock clock,
            ApplicationEventPublisher<CheckInRecorded> recorded) {
        this.checkIns = checkIns;
        this.history = history;
        this.habits = habits;
        this.people = people;
        this.progress = progress;
        this.advice = advice;
        this.changes = changes;
        this.clock = clock;
        this.recorded = recorded;
    }

    /**
     * A check-in recorded, or found recorded under its client id ({@code created} false), with what
     * a person sees next: the habit, where it stands now and the person's advice, most urgent first.
     *
     * @param calendar the person's calendar, which the check-in's day and time are shown in
     */
    public record Outcome(
            RecordedCheckIn checkIn,
            boolean created,
            Habit habit,
            Standing standing,
            List<Advisory> advice,
            PersonalCalendar calendar) {}

    /**
     * Records a check-in, or returns the one already stored under its client id.
     *
     * @throws InvalidInputException naming the value at fault; nothing is written
     * @throws NotFoundException when the person has no such habit
     * @throws ConflictException when the client id was recorded with other values
     */
    @Transactional
    public Outcome record(PersonId personId, CheckInRequest request) {
        String clientId = clientId(request.clientId());
        Person person = people.get(personId);
        // Every habit with its skips and pauses, read once: the one checked in for its standing,
        // all of them for advice.
        List<HabitDetails> all = habits.detailsOfAll(personId);
        HabitDetails details = all.stream()
                .filter(each -> each.habit().id().equals(request.habit()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("habit", request.habit()));
        Optional<CheckInRow> stored = checkIns.findByPersonIdAndClientId(personId.value(), clientId);
        if (stored.isPresent()) {
            return outcome(person, details, all, retried(stored.get(), request), false);
        }
        CheckIn checkIn = validate(person, details.habit(), request, clientId);
        CheckInRow row = CheckInRows.row(null, personId.value(), checkIn, clock.instant());
        int inserted = checkIns.insertUnlessRecorded(
                row.personId(),
                row.habitId(),
                row.clientId(),
                row.doneAt(),
                row.amount(),
                row.durationSeconds(),
                row.tightnessBefore(),
                row.tightnessAfter(),
                row.note(),
                row.symptoms(),
                row.recordedAt(),
                row.painBefore(),
                row.painAfter());
        // Nothing inserted: another process stored the same client id in the meantime.
        CheckInRow saved =
                checkIns.findByPersonIdAndClientId(personId.value(), clientId).orElseThrow();
        if (inserted == 0) {
            return outcome(person, details, all, retried(saved, request), false);
        }
        changes.ofDaysFrom(
                personId.value(), details.habit().id(), person.calendar().dayOf(checkIn.at()));
        recorded.publishEvent(CheckInRecorded.INSTANCE);
        return outcome(person, details, all, CheckInRows.recorded(saved), true);
    }

    private Outcome outcome(
            Person person, HabitDetails details, List<HabitDetails> all, RecordedCheckIn checkIn, boolean created) {
        return new Outcome(
                checkIn,
                created,
                details.habit(),
                progress.standing(person, details),
                advice.advice(person, all.stream().map(HabitDetails::habit).toList()),
                person.calendar());
    }

    /**
     * What a check-in without an amount records: for a measured habit, what is left of its daily
     * target on {@code day} after {@code done}, but at least 1 (once the target is met, each
     * check-in adds 1); for any other habit, 1 (an every-N-hours habit's check-in is one slot).
     */
    public static double defaultAmount(Habit habit, double done) {
        return habit.metric() instanceof Metric.Measured measured ? Math.max(1, measured.dailyTarget() - done) : 1;
    }

    /** @throws NotFoundException when the person has no such check-in */
    @Transactional(readOnly = true)
    public RecordedCheckIn get(PersonId person, CheckInId id) {
        return CheckInRows.recorded(row(person, id));
    }

    /**
     * Changes a check-in's values to {@code changed}'s; its id, client id and the time it was
     * recorded stay, and so do its time and amount when {@code changed} names none.
     *
     * @throws InvalidInputException naming the value at fault; nothing is changed
     * @throws NotFoundException when the person has no such check-in or habit
     */
    @Transactional
    public RecordedCheckIn edit(PersonId personId, CheckInId id, CheckInRequest changed) {
        CheckInRow row = row(personId, id);
        Person person = people.get(personId);
        Habit habit = habits.get(personId, changed.habit());
        CheckInRequest complete = changed.at(changed.at().orElse(row.doneAt()))
                .amount(changed.amount().or(() -> Optional.of(row.amount())));
        CheckIn checkIn = validate(person, habit, complete, row.clientId());
        RecordedCheckIn edited = CheckInRows.recorded(
                checkIns.update(CheckInRows.row(row.id(), personId.value(), checkIn, row.recordedAt())));
        PersonalCalendar calendar = person.calendar();
        changes.ofDaysFrom(personId.value(), new HabitId(row.habitId()), calendar.dayOf(row.doneAt()));
        changes.ofDaysFrom(personId.value(), habit.id(), calendar.dayOf(checkIn.at()));
        return edited;
    }

    /** @throws NotFoundException when the person has no such check-in */
    @Transactional
    public void delete(PersonId personId, CheckInId id) {
        CheckInRow row = row(personId, id);
        checkIns.delete(row);
        forgotten(personId, row);
    }

    /** Deletes the check-in the person recorded last, whatever time it was for, and returns it. */
    @Transactional
    public Optional<RecordedCheckIn> undoLast(PersonId personId) {
        Optional<CheckInRow> last = checkIns.findLastRecorded(personId.value());
        last.ifPresent(row -> {
            checkIns.delete(row);
            forgotten(personId, row);
        });
        return last.map(CheckInRows::recorded);
    }

    private void forgotten(PersonId personId, CheckInRow row) {
        changes.ofDaysFrom(
                personId.value(),
                new HabitId(row.habitId()),
                people.get(personId).calendar().dayOf(row.doneAt()));
    }

    /** The person's check-ins on {@code days} of their own calendar, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> list(PersonId person, DateRange days) {
        Input.days("from", "to", days);
        return history.on(person, people.get(person).calendar(), days);
    }

    /** The check-ins of one habit on {@code days}, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> list(PersonId person, HabitId habit, DateRange days) {
        Input.days("from", "to", days);
        habits.get(person, habit);
        return history.on(person, habit, people.get(person).calendar(), days);
    }

    /** The person's check-in with this client id, if they have one. */
    @Transactional(readOnly = true)
    public Optional<RecordedCheckIn> findByClientId(PersonId person, String clientId) {
        return clientId == null
                ? Optional.empty()
                : checkIns.findByPersonIdAndClientId(person.value(), clientId.strip())
                        .map(CheckInRows::recorded);
    }

    /**
     * The check-in stored under a client id sent again: it, when the request names the same
     * values; a conflict when it names others. A value the request leaves out is not compared,
     * so that a client may re-send a shorter body; its time is compared to the second.
     */
    private static RecordedCheckIn retried(CheckInRow stored, CheckInRequest request) {
        RecordedCheckIn recorded = CheckInRows.recorded(stored);
        CheckIn was = recorded.checkIn();
        boolean same = was.habit().equals(request.habit())
                && request.amount()
                        .map(amount -> Double.compare(amount, was.amount()) == 0)
                        .orElse(true)
                && request.duration()
                        .map(duration ->
                                was.duration().map(Duration::toSeconds).equals(Optional.of(duration.toSeconds())))
                        .orElse(true)
                && request.before()
                        .map(before -> was.before().map(Tightness::level).equals(Optional.of(before)))
                        .orElse(true)
                && request.after()
                        .map(after -> was.after().map(Tightness::level).equals(Optional.of(after)))
                        .orElse(true)
                && request.painBefore()
                        .map(before -> was.painBefore().map(Pain::level).equals(Optional.of(before)))
                        .orElse(true)
                && request.painAfter()
                        .map(after -> was.painAfter().map(Pain::level).equals(Optional.of(after)))
                        .orElse(true)
                && request.note().map(note -> note.strip().equals(was.note())).orElse(true)
                && (request.symptoms().isEmpty() || request.symptoms().equals(was.symptoms()))
                && request.at()
                        .map(at -> at.truncatedTo(ChronoUnit.SECONDS)
                                .equals(was.at().truncatedTo(ChronoUnit.SECONDS)))
                        .orElse(true);
        if (!same) {
            throw new ConflictException("The client id " + was.clientId() + " was recorded before with other values.");
        }
        return recorded;
    }

    /** The check-in asked for, when every value is valid, with the default amount when none is given. */
    private CheckIn validate(Person person, Habit habit, CheckInRequest request, String clientId) {
        PersonalCalendar calendar = person.calendar();
        Instant at = Input.instant("at", request.at().orElseGet(clock::instant)).truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = calendar.dayOf(at);
        LocalDate today = calendar.today(clock);
        if (day.isAfter(today)) {
            throw new InvalidInputException(
                    "at",
                    "A check-in cannot be for a later day than today (" + today + "); this one is for " + day + ".");
        }
        if (day.isBefore(EARLIEST_DAY)) {
            throw new InvalidInputException(
                    "at", "A check-in cannot be for a day before " + EARLIEST_DAY + "; this one is for " + day + ".");
        }
        double amount = request.amount()
                .orElseGet(() -> habit.metric() instanceof Metric.Measured
                        ? defaultAmount(
                                habit, history.amountOn(person.id(), habit.id(), calendar, new DateRange(day, day)))
                        : defaultAmount(habit, 0));
        Input.amount("amount", amount);
        Optional<Duration> duration = request.duration().map(value -> {
            if (value.isNegative() || value.compareTo(MAX_DURATION) > 0) {
                throw new InvalidInputException(
                        "durationSeconds", "A check-in lasts from 0 to 24 hours, not " + describe(value) + ".");
            }
            return value.truncatedTo(ChronoUnit.SECONDS);
        });
        return new CheckIn(
                clientId,
                habit.id(),
                at,
                amount,
                duration,
                tightness(request.before(), "before"),
                tightness(request.after(), "after"),
                note(request.note().orElse("")),
                request.symptoms(),
                pain(request.painBefore(), "before"),
                pain(request.painAfter(), "after"));
    }

    /** A pain rating, refused with the same words a check-in's is: for importers. */
    public static Optional<Pain> pain(Optional<Integer> level, String when) {
        return level.map(value -> {
            if (value < Pain.MIN || value > Pain.MAX) {
                throw new InvalidInputException(
                        "pain" + Character.toUpperCase(when.charAt(0)) + when.substring(1),
                        "Pain " + when + " goes from " + Pain.MIN + " (none) to " + Pain.MAX
                                + " (the worst imaginable), not " + value + ".");
            }
            return Pain.of(value);
        });
    }

    /** A tightness level, refused with the same words a check-in's is: for importers. */
    public static Optional<Tightness> tightness(Optional<Integer> level, String when) {
        return level.map(value -> {
            if (value < Tightness.MIN || value > Tightness.MAX) {
                throw new InvalidInputException(
                        when,
                        "Tightness " + when + " goes from " + Tightness.MIN + " (loose) to " + Tightness.MAX
                                + " (very tight), not " + value + ".");
            }
            return Tightness.of(value);
        });
    }

    /** A client id stripped, or refused as a check-in's is. */
    public static String clientId(String clientId) {
        String stripped = Input.text("clientId", clientId == null ? "" : clientId.strip());
        if (stripped.isEmpty() || stripped.length() > MAX_CLIENT_ID) {
            throw new InvalidInputException(
                    "clientId",
                    "A check-in needs a client id of 1 to " + MAX_CLIENT_ID
                            + " characters, so that a retry is recorded once; it had " + stripped.length() + ".");
        }
        return stripped;
    }

    /** A note stripped, or refused as a check-in's is. */
    public static String note(String note) {
        String stripped = Input.text("note", note.strip());
        if (stripped.length() > MAX_NOTE) {
            throw new InvalidInputException(
                    "note",
                    "A note can be at most " + MAX_NOTE + " characters long; this one has " + stripped.length() + ".");
        }
        return stripped;
    }

    /** {@code 25 h}, {@code 33 h 20 min}, {@code 5 min}, {@code -5 s}: a duration as a person reads it. */
    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 0 || seconds % 60 != 0) {
            return seconds + " s";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    private CheckInRow row(PersonId person, CheckInId id) {
        return checkIns.findByIdAndPersonId(id.value(), person.value())
                .orElseThrow(() -> new NotFoundException("check-in", id));
    }
}
