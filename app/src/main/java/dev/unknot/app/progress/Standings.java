package dev.unknot.app.progress;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Standing;
import dev.unknot.core.progress.Streak;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.store.person.PersonRow;
import dev.unknot.store.standing.StandingRepository;
import dev.unknot.store.standing.StandingRow;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standings a person's habits are kept at (see {@link Progress#settle}): each habit's streaks
 * and strength after a settled past day, and its relief through that day, so that a page folds
 * only the days after it, whatever the length of the history. Brought up to
 * {@link Progress#settledThrough} when older, which reads the days in between once a week; made from the whole history when missing, which happens once
 * per habit and after a change to a settled day (see {@code dev.unknot.app.change.Changes}).
 *
 * <p>A standing is written only while the person's revision is the one read before its check-ins
 * were, under the lock a change takes: one computed from data that changed meanwhile is dropped.
 * Reading and keeping are two steps, so that a page reads in one read-only transaction and keeps
 * what it made after it.
 */
@Singleton
class Standings {

    /** Before any check-in a person can have made. */
    private static final Instant SINCE_EVER = Instant.parse("0001-01-01T00:00:00Z");

    private final StandingRepository standings;
    private final PersonRepository people;
    private final CheckInHistory history;
    private final Transactions transactions;

    Standings(
            StandingRepository standings, PersonRepository people, CheckInHistory history, Transactions transactions) {
        this.standings = standings;
        this.people = people;
        this.history = history;
        this.transactions = transactions;
    }

    /**
     * Each habit's standing after {@link Progress#settledThrough} {@code today}, or a later one
     * kept: the kept ones, with those missing or older made from the check-ins in between. Writes
     * nothing: the ones made are {@link Settled#fresh()}, for {@link #keep} once the reading
     * transaction has ended.
     */
    Settled settled(Person person, List<HabitDetails> habits, LocalDate today) {
        LocalDate target = Progress.settledThrough(today);
        Settled kept = kept(person, habits);
        if (stale(habits, kept.standings(), target).isEmpty()) {
            return kept;
        }
        // The revision first, then the kept standings again: whatever changed before this read is
        // in what follows, and whatever changes after it stops the write in keep().
        long revision =
                people.findById(person.id().value()).map(PersonRow::revision).orElse(-1L);
        kept = kept(person, habits);
        Map<HabitId, Standing> settled = new HashMap<>(kept.standings());
        Map<HabitId, Relief.Sum> relief = new HashMap<>(kept.relief());
        List<StandingRow> rows = new ArrayList<>();
        for (HabitDetails details : stale(habits, kept.standings(), target)) {
            Habit habit = details.habit();
            Optional<Standing> from = kept.of(habit.id());
            LocalDate first = Progress.firstDayNeeded(habit, from);
            List<CheckIn> checkIns = first.isAfter(target)
                    ? List.of()
                    : history.on(person.id(), habit.id(), person.calendar(), new DateRange(first, target)).stream()
                            .map(RecordedCheckIn::checkIn)
                            .toList();
            HabitLog log = HabitLog.of(habit, checkIns, person.calendar(), details.skipped(), details.pauses());
            Standing standing = Progress.settle(log, from, target);
            Relief.Sum reliefThrough = reliefThrough(person, habit, from, kept.reliefOf(habit.id()), standing);
            settled.put(habit.id(), standing);
            relief.put(habit.id(), reliefThrough);
            rows.add(row(person, habit.id(), standing, reliefThrough));
        }
        return new Settled(
                settled,
                relief,
                revision < 0
                        ? Optional.empty()
                        : Optional.of(new Fresh(person.id().value(), revision, rows)));
    }

    /**
     * Keeps standings made by {@link #settled}, unless the person's data changed since they were
     * read: under the lock a change takes, in a transaction of its own (or the caller's).
     */
    void keep(Fresh fresh) {
        transactions.inOne(() -> {
            if (people.lockRevision(fresh.person()).orElse(-1L) == fresh.readAt()) {
                fresh.rows().forEach(row -> standings.forgetHabit(row.habitId()));
                standings.saveAll(fresh.rows());
            }
            return null;
        });
    }

    /**
     * The habit's relief over its check-ins on the days up to {@code standing}'s, added to what was
     * kept with {@code from}. Summed by the database rather than from the check-ins the fold read:
     * the fold reads none before the habit's start, and a person may have checked in earlier.
     */
    private Relief.Sum reliefThrough(
            Person person, Habit habit, Optional<Standing> from, Relief.Sum kept, Standing standing) {
        Instant until = person.calendar().startOf(standing.through().plusDays(1));
        if (from.isEmpty()) {
            return history.reliefBetween(person.id(), habit.id(), SINCE_EVER, until);
        }
        Instant since = person.calendar().startOf(from.get().through().plusDays(1));
        return since.isBefore(until) ? kept.plus(history.reliefBetween(person.id(), habit.id(), since, until)) : kept;
    }

    /**
     * Standings to use now, and those of them made afresh, to keep.
     *
     * @param relief each habit's relief through the day of its standing
     * @param fresh the standings made from check-ins read at a revision, when any were made
     */
    record Settled(Map<HabitId, Standing> standings, Map<HabitId, Relief.Sum> relief, Optional<Fresh> fresh) {

        Optional<Standing> of(HabitId habit) {
            return Optional.ofNullable(standings.get(habit));
        }

        Relief.Sum reliefOf(HabitId habit) {
            return relief.getOrDefault(habit, Relief.Sum.none(habit));
        }
    }

    /** Standings made from a person's data as it was at revision {@code readAt}. */
    record Fresh(long person, long readAt, List<StandingRow> rows) {}

    private static List<HabitDetails> stale(List<HabitDetails> habits, Map<HabitId, Standing> kept, LocalDate target) {
        return habits.stream()
                .filter(details -> !kept.containsKey(details.habit().id())
                        || kept.get(details.habit().id()).through().isBefore(target))
                .toList();
    }

    /** The kept standings of the given habits, those that still count in their habit's unit. */
    private Settled kept(Person person, List<HabitDetails> habits) {
        Map<HabitId, Streak.Unit> units = new HashMap<>();
        habits.forEach(details -> units.put(details.habit().id(), unitOf(details.habit())));
        Map<HabitId, Standing> kept = new HashMap<>();
        Map<HabitId, Relief.Sum> relief = new HashMap<>();
        for (StandingRow row : standings.findByPersonId(person.id().value())) {
            HabitId habit = new HabitId(row.habitId());
            Streak.Unit unit = Streak.Unit.valueOf(row.streakUnit());
            if (unit == units.get(habit)) {
                kept.put(habit, standing(row, unit));
                relief.put(
                        habit,
                        new Relief.Sum(
                                habit,
                                row.reliefCheckIns(),
                                row.reliefDrop(),
                                row.reliefBefore(),
                                row.painReliefCheckIns(),
                                row.painReliefDrop(),
                                row.painReliefBefore()));
            }
        }
        return new Settled(kept, relief, Optional.empty());
    }

    private static Streak.Unit unitOf(Habit habit) {
        return Standing.before(habit).current().unit();
    }

    private static Standing standing(StandingRow row, Streak.Unit unit) {
        return new Standing(
                row.settledThrough(),
                new Streak(
                        row.currentLength(),
                        unit,
                        Optional.ofNullable(row.currentFirst()),
                        Optional.ofNullable(row.currentLast())),
                new Streak(
                        row.bestLength(),
                        unit,
                        Optional.ofNullable(row.bestFirst()),
                        Optional.ofNullable(row.bestLast())),
                row.strength());
    }

    private static StandingRow row(Person person, HabitId habit, Standing standing, Relief.Sum relief) {
        return new StandingRow(
                habit.value(),
                person.id().value(),
                standing.through(),
                standing.current().unit().name(),
                standing.current().length(),
                standing.current().first().orElse(null),
                standing.current().last().orElse(null),
                standing.best().length(),
                standing.best().first().orElse(null),
                standing.best().last().orElse(null),
                standing.strength(),
                relief.checkIns(),
                Math.round(relief.totalDrop()),
                Math.round(relief.totalBefore()),
                relief.painCheckIns(),
                Math.round(relief.painTotalDrop()),
                Math.round(relief.painTotalBefore()));
    }
}
