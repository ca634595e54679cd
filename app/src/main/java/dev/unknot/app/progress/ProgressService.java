package dev.unknot.app.progress;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.progress.Agenda;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Standing;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a person stands: today's agenda with each habit's streaks and strength, progress per habit,
 * relief per technique and the tightness trend. The figures come from core's pure functions
 * ({@link Progress}, {@link Agenda}, {@link Relief}, {@link TightnessTrend}); this service reads
 * what they need and no more: the days shown, and the days since each habit's kept standing
 * ({@link Standings}), never a person's whole history.
 */
@Singleton
public class ProgressService {

    /** The fewest and most weeks of days a progress page shows. */
    public static final int MIN_WEEKS = 1;

    public static final int MAX_WEEKS = 52;

    /** The most days of tightness trend a person may ask for: ten years. */
    public static final int MAX_TREND_DAYS = 3660;

    private final PersonService people;
    private final HabitService habits;
    private final CheckInHistory history;
    private final Standings standings;
    private final Clock clock;

    ProgressService(
            PersonService people, HabitService habits, CheckInHistory history, Standings standings, Clock clock) {
        this.people = people;
        this.habits = habits;
        this.history = history;
        this.standings = standings;
        this.clock = clock;
    }

    /** What is due, done, overdue, skipped or paused now, in the person's day, and where each active habit stands. */
    public TodayStanding today(PersonId personId) {
        Person person = people.get(personId);
        PersonalCalendar calendar = person.calendar();
        Instant now = clock.instant();
        LocalDate today = calendar.dayOf(now);
        List<HabitDetails> active = active(personId);
        Map<HabitId, Standing> settled = standings.settled(person, active, today);
        // The agenda looks back to this week's Monday (N-times-a-week habits); the standings to the
        // day after each settled one.
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (HabitDetails details : active) {
            LocalDate needed = Progress.firstDayNeeded(
                    details.habit(),
                    Optional.ofNullable(settled.get(details.habit().id())));
            first = needed.isBefore(first) ? needed : first;
        }
        Map<HabitId, List<CheckIn>> byHabit =
                byHabit(first.isAfter(today) ? List.of() : history.on(personId, calendar, new DateRange(first, today)));
        List<HabitLog> logs = new ArrayList<>();
        Map<HabitId, Standing> standingToday = new HashMap<>();
        for (HabitDetails details : active) {
            HabitLog log = log(details, byHabit.getOrDefault(details.habit().id(), List.of()), calendar);
            logs.add(log);
            standingToday.put(
                    details.habit().id(),
                    Progress.standing(
                            log,
                            today,
                            Optional.ofNullable(settled.get(details.habit().id()))));
        }
        return new TodayStanding(today, Agenda.at(now, calendar, logs), standingToday);
    }

    /**
     * Where one habit stands today, for the answer to a check-in: read in the caller's
     * transaction, so that it counts what that transaction wrote.
     *
     * @throws NotFoundException when the person has no such habit
     */
    public Standing standing(Person person, HabitDetails details) {
        LocalDate today = person.calendar().today(clock);
        Optional<Standing> settled = Optional.ofNullable(standings
                .settled(person, List.of(details), today)
                .get(details.habit().id()));
        LocalDate first = Progress.firstDayNeeded(details.habit(), settled);
        List<CheckIn> checkIns = first.isAfter(today)
                ? List.of()
                : checkIns(
                        history.on(person.id(), details.habit().id(), person.calendar(), new DateRange(first, today)));
        return Progress.standing(log(details, checkIns, person.calendar()), today, settled);
    }

    /**
     * Streaks, strength, adherence and the days from {@code shownFrom} to today of one habit,
     * archived ones included.
     *
     * @throws NotFoundException when the person has no such habit
     */
    public HabitProgress progress(PersonId personId, HabitId habit, LocalDate shownFrom) {
        Person person = people.get(personId);
        return progress(person, habits.details(personId, habit), shownFrom);
    }

    /** {@link #progress(PersonId, HabitId, LocalDate)} of every active habit, oldest habit first. */
    public List<HabitProgress> progress(PersonId personId, LocalDate shownFrom) {
        Person person = people.get(personId);
        LocalDate today = person.calendar().today(clock);
        List<HabitDetails> active = active(personId);
        Map<HabitId, Standing> settled = standings.settled(person, active, today);
        LocalDate first = today;
        for (HabitDetails details : active) {
            LocalDate needed = Progress.firstDayNeeded(
                    details.habit(),
                    today,
                    Optional.ofNullable(settled.get(details.habit().id())),
                    shownFrom);
            first = needed.isBefore(first) ? needed : first;
        }
        Map<HabitId, List<CheckIn>> byHabit =
                byHabit(history.on(personId, person.calendar(), new DateRange(first, today)));
        return active.stream()
                .map(details -> Progress.of(
                        log(details, byHabit.getOrDefault(details.habit().id(), List.of()), person.calendar()),
                        today,
                        Optional.ofNullable(settled.get(details.habit().id())),
                        shownFrom))
                .toList();
    }

    /**
     * {@link #progress(PersonId, HabitId, LocalDate)} with the days of the last {@code weeks}
     * weeks, from Monday, this week counted.
     *
     * @throws InvalidInputException when {@code weeks} is not between {@value #MIN_WEEKS} and {@value #MAX_WEEKS}
     */
    public HabitProgress progress(PersonId person, HabitId habit, int weeks) {
        return progress(person, habit, firstDayShown(person, weeks));
    }

    /** {@link #progress(PersonId, HabitId, int)} of every active habit, oldest habit first. */
    public List<HabitProgress> progress(PersonId person, int weeks) {
        return progress(person, firstDayShown(person, weeks));
    }

    /**
     * The first day shown when a page shows {@code weeks} weeks: the Monday {@code weeks - 1}
     * weeks before this week's.
     *
     * @throws InvalidInputException when {@code weeks} is not between {@value #MIN_WEEKS} and {@value #MAX_WEEKS}
     */
    public LocalDate firstDayShown(PersonId person, int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new InvalidInputException(
                    "weeks", "Progress shows " + MIN_WEEKS + " to " + MAX_WEEKS + " weeks, not " + weeks + ".");
        }
        return people.get(person)
                .calendar()
                .today(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks - 1L);
    }

    private HabitProgress progress(Person person, HabitDetails details, LocalDate shownFrom) {
        LocalDate today = person.calendar().today(clock);
        Optional<Standing> settled = Optional.ofNullable(standings
                .settled(person, List.of(details), today)
                .get(details.habit().id()));
        LocalDate first = Progress.firstDayNeeded(details.habit(), today, settled, shownFrom);
        List<CheckIn> checkIns = first.isAfter(today)
                ? List.of()
                : checkIns(
                        history.on(person.id(), details.habit().id(), person.calendar(), new DateRange(first, today)));
        return Progress.of(log(details, checkIns, person.calendar()), today, settled, shownFrom);
    }

    /**
     * "What actually helps you": the average drop in tightness per technique, routine or own
     * habit, over every check-in that recorded tightness before and after; largest drop first.
     */
    public List<Relief> relief(PersonId personId) {
        people.get(personId);
        return Relief.ofSums(habits.listAll(personId), history.reliefSums(personId));
    }

    /** The mean tightness before and after, per day of {@code days} on which any was reported. */
    public List<TightnessTrend.Point> tightnessTrend(PersonId personId, DateRange days) {
        PersonalCalendar calendar = people.get(personId).calendar();
        return TightnessTrend.daily(history.tightnessOn(personId, calendar, days), calendar, days.first(), days.last());
    }

    /**
     * The tightness trend over the last {@code days} days up to today.
     *
     * @throws InvalidInputException when {@code days} is not between 1 and {@value #MAX_TREND_DAYS}
     */
    public List<TightnessTrend.Point> tightnessTrend(PersonId personId, int days) {
        if (days < 1 || days > MAX_TREND_DAYS) {
            throw new InvalidInputException(
                    "days", "The tightness trend covers 1 to " + MAX_TREND_DAYS + " days, not " + days + ".");
        }
        LocalDate today = people.get(personId).calendar().today(clock);
        return tightnessTrend(personId, new DateRange(today.minusDays(days - 1L), today));
    }

    private List<HabitDetails> active(PersonId person) {
        return habits.detailsOfAll(person).stream()
                .filter(details -> details.habit().status() == HabitStatus.ACTIVE)
                .toList();
    }

    private static HabitLog log(HabitDetails details, List<CheckIn> checkIns, PersonalCalendar calendar) {
        return HabitLog.of(details.habit(), checkIns, calendar, details.skipped(), details.pauses());
    }

    private static List<CheckIn> checkIns(List<RecordedCheckIn> recorded) {
        return recorded.stream().map(RecordedCheckIn::checkIn).toList();
    }

    private static Map<HabitId, List<CheckIn>> byHabit(List<RecordedCheckIn> recorded) {
        Map<HabitId, List<CheckIn>> byHabit = new HashMap<>();
        for (RecordedCheckIn checkIn : recorded) {
            byHabit.computeIfAbsent(checkIn.checkIn().habit(), id -> new ArrayList<>())
                    .add(checkIn.checkIn());
        }
        return byHabit;
    }
}
