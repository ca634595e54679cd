package dev.unknot.app.history;

import dev.unknot.app.person.PersonId;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.Relief;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.checkin.CheckInRow;
import dev.unknot.store.checkin.CheckInRows;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A person's check-ins, read by the days of their own calendar: a page reads the days it shows,
 * not the person's whole history. Oldest first (by the time done, then by id) wherever order is
 * given.
 */
@Singleton
public class CheckInHistory {

    private static final Comparator<CheckInRow> OLDEST_FIRST =
            Comparator.comparing(CheckInRow::doneAt).thenComparing(CheckInRow::id);

    private final CheckInRepository checkIns;

    CheckInHistory(CheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    /** The person's check-ins on {@code days} of their calendar. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> on(PersonId person, PersonalCalendar calendar, DateRange days) {
        return onDays(
                checkIns.findByPersonIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
                        person.value(), from(calendar, days), until(calendar, days)),
                calendar,
                days);
    }

    /** The check-ins of one of the person's habits on {@code days} of their calendar. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> on(PersonId person, HabitId habit, PersonalCalendar calendar, DateRange days) {
        return onDays(
                checkIns.findByPersonIdAndHabitIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
                        person.value(), habit.value(), from(calendar, days), until(calendar, days)),
                calendar,
                days);
    }

    /** The check-ins on {@code days} that reported a tightness or a pain, before or after. */
    @Transactional(readOnly = true)
    public List<CheckIn> tightnessOn(PersonId person, PersonalCalendar calendar, DateRange days) {
        return onDays(
                        checkIns.reportsBetween(
                                person.value(),
                                from(calendar, days).atOffset(ZoneOffset.UTC),
                                until(calendar, days).atOffset(ZoneOffset.UTC)),
                        calendar,
                        days)
                .stream()
                .map(RecordedCheckIn::checkIn)
                .toList();
    }

    /** How much of the habit the person did on {@code days}. */
    @Transactional(readOnly = true)
    public double amountOn(PersonId person, HabitId habit, PersonalCalendar calendar, DateRange days) {
        return on(person, habit, calendar, days).stream()
                .mapToDouble(recorded -> recorded.checkIn().amount())
                .sum();
    }

    /** The check-in the person did first, if any. */
    @Transactional(readOnly = true)
    public Optional<RecordedCheckIn> first(PersonId person) {
        return checkIns.findFirstDone(person.value()).map(CheckInRows::recorded);
    }

    /**
     * The first check-in, of the person or of one habit, that rated the tightness before
     * ({@code pain} false) or the pain before ({@code pain} true).
     */
    @Transactional(readOnly = true)
    public Optional<RecordedCheckIn> firstRated(PersonId person, Optional<HabitId> habit, boolean pain) {
        Optional<CheckInRow> first;
        if (habit.isPresent()) {
            first = pain
                    ? checkIns.findFirstPainRatedOf(person.value(), habit.get().value())
                    : checkIns.findFirstTightnessRatedOf(
                            person.value(), habit.get().value());
        } else {
            first = pain
                    ? checkIns.findFirstPainRated(person.value())
                    : checkIns.findFirstTightnessRated(person.value());
        }
        return first.map(CheckInRows::recorded);
    }

    /**
     * Of one habit's check-ins done in {@code [from, until)}, those that recorded a tightness before
     * and after, and those that rated pain before and after: how many, and the sums of their drops
     * and of what they were before.
     */
    @Transactional(readOnly = true)
    public Relief.Sum reliefBetween(PersonId person, HabitId habit, Instant from, Instant until) {
        return checkIns.reliefSumBetween(
                        person.value(), habit.value(), from.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC))
                .map(sum -> new Relief.Sum(
                        habit,
                        (int) sum.reports(),
                        sum.totalDrop(),
                        sum.totalBefore(),
                        (int) sum.painReports(),
                        sum.painTotalDrop(),
                        sum.painTotalBefore()))
                .orElseGet(() -> Relief.Sum.none(habit));
    }

    /** Every check-in of the person: for an export, which is all of them. */
    @Transactional(readOnly = true)
    public List<RecordedCheckIn> all(PersonId person) {
        return checkIns.findByPersonId(person.value()).stream()
                .sorted(OLDEST_FIRST)
                .map(CheckInRows::recorded)
                .toList();
    }

    /** Whether the person has any check-in at all. */
    @Transactional(readOnly = true)
    public boolean any(PersonId person) {
        return checkIns.existsByPersonId(person.value());
    }

    // A margin of a day on each side, then the calendar's own rule: around a daylight-saving change
    // the wall-clock rule and a range of instants can disagree by an hour.
    private static Instant from(PersonalCalendar calendar, DateRange days) {
        return calendar.startOf(days.first()).minus(Duration.ofDays(1));
    }

    private static Instant until(PersonalCalendar calendar, DateRange days) {
        return calendar.startOf(days.last().plusDays(1)).plus(Duration.ofDays(1));
    }

    private static List<RecordedCheckIn> onDays(List<CheckInRow> rows, PersonalCalendar calendar, DateRange days) {
        Predicate<CheckInRow> onOneOfTheDays = row -> days.contains(calendar.dayOf(row.doneAt()));
        return rows.stream()
                .filter(onOneOfTheDays)
                .sorted(OLDEST_FIRST)
                .map(CheckInRows::recorded)
                .toList();
    }
}
