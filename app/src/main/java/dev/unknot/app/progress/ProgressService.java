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
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.progress.Agenda;
import dev.unknot.core.progress.ChangeOverTime;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Standing;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.store.db.Transactions;
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
import java.util.function.Function;

/**
 * Where a person stands: today's agenda with each habit's streaks and strength, progress per habit,
 * relief per technique and the tightness trend. The figures come from core's pure functions
 * ({@link Progress}, {@link Agenda}, {@link Relief}, {@link TightnessTrend}); this service reads
 * what they need and no more: the days shown, and the days since each habit's kept standing
 * ({@link Standings}), never a person's whole history.
 *
 * <p>Each page is read in one read-only transaction, the person once; standings made while
 * reading are kept after it.
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
    private final Transactions transactions;
    private final Clock clock;

    ProgressService(
            PersonService people,
            HabitService habits,
            CheckInHistory history,
            Standings standings,
            Transactions transactions,
            Clock clock) {
        this.people = people;
        this.habits = habits;
        this.history = history;
        this.standings = standings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What is due, done, overdue, skipped or paused now, in the person's day, and where each active habit stands. */
    public TodayStanding today(PersonId personId) {
        return reading(fresh -> {
            Person person = people.get(personId);
            PersonalCalendar calendar = person.calendar();
            Instant now = clock.instant();
            LocalDate today = calendar.dayOf(now);
            List<HabitDetails> active = active(habits.detailsOfAll(personId));
            Standings.Settled settled = settled(person, active, today, fresh);
            // The agenda looks back to this week's Monday (N-times-a-week habits); the standings to the
            // day after each settled one.
            LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (HabitDetails details : active) {
                LocalDate needed = Progress.firstDayNeeded(
                        details.habit(), settled.of(details.habit().id()));
                first = needed.isBefore(first) ? needed : first;
            }
            Map<HabitId, List<CheckIn>> byHabit = byHabit(
                    first.isAfter(today) ? List.of() : history.on(personId, calendar, new DateRange(first, today)));
            List<HabitLog> logs = new ArrayList<>();
            Map<HabitId, Standing> standingToday = new HashMap<>();
            for (HabitDetails details : active) {
                HabitLog log = log(details, byHabit.getOrDefault(details.habit().id(), List.of()), calendar);
                logs.add(log);
                standingToday.put(
                        details.habit().id(),
                        Progress.standing(log, today, settled.of(details.habit().id())));
            }
            return new TodayStanding(today, calendar, Agenda.at(now, calendar, logs), standingToday);
        });
    }

    /**
     * Where one habit stands today, for the answer to a check-in: read in the caller's
     * transaction, so that it counts what that transaction wrote; standings made here are not kept.
     *
     * @throws NotFoundException when the person has no such habit
     */
    public Standing standing(Person person, HabitDetails details) {
        LocalDate today = person.calendar().today(clock);
        Optional<Standing> settled = standings
                .settled(person, List.of(details), today)
                .of(details.habit().id());
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
        return reading(fresh -> {
            Person person = people.get(personId);
            return progress(person, List.of(habits.details(personId, habit)), shownFrom, fresh)
                    .get(0);
        });
    }

    /** {@link #progress(PersonId, HabitId, LocalDate)} of every active habit, oldest habit first. */
    public List<HabitProgress> progress(PersonId personId, LocalDate shownFrom) {
        return reading(fresh -> {
            Person person = people.get(personId);
            return progress(person, active(habits.detailsOfAll(personId)), shownFrom, fresh);
        });
    }

    /**
     * {@link #progress(PersonId, HabitId, LocalDate)} with the days of the last {@code weeks}
     * weeks, from Monday, this week counted.
     *
     * @throws InvalidInputException when {@code weeks} is not between {@value #MIN_WEEKS} and {@value #MAX_WEEKS}
     */
    public HabitProgress progress(PersonId person, HabitId habit, int weeks) {
        checkWeeks(weeks);
        return reading(fresh -> {
            Person read = people.get(person);
            return progress(read, List.of(habits.details(person, habit)), firstDayShown(read, weeks), fresh)
                    .get(0);
        });
    }

    /** {@link #progress(PersonId, HabitId, int)} of every active habit, oldest habit first. */
    public List<HabitProgress> progress(PersonId person, int weeks) {
        checkWeeks(weeks);
        return reading(fresh -> {
            Person read = people.get(person);
            return progress(read, active(habits.detailsOfAll(person)), firstDayShown(read, weeks), fresh);
        });
    }

    /**
     * A progress page: the last {@code weeks} weeks of one habit ({@code habit} present) or of
     * every active one, the tightness and pain trends of the last {@code trendDays} days, the
     * relief per technique and how tightness and pain changed since the first ratings, read
     * together. For one habit, the trends, the changes and the relief are of its check-ins alone.
     *
     * @throws InvalidInputException when {@code weeks} or {@code trendDays} is out of range
     * @throws NotFoundException when the person has no such habit
     */
    public ProgressReport report(PersonId personId, Optional<HabitId> habit, int weeks, int trendDays) {
        checkWeeks(weeks);
        checkTrendDays(trendDays);
        return reading(fresh -> {
            Person person = people.get(personId);
            List<HabitDetails> all = habits.detailsOfAll(personId);
            List<HabitDetails> shown;
            if (habit.isPresent()) {
                shown = all.stream()
                        .filter(details -> details.habit().id().equals(habit.get()))
                        .toList();
                if (shown.isEmpty()) {
                    throw new NotFoundException("habit", habit.get());
                }
            } else {
                shown = active(all);
            }
            PersonalCalendar calendar = person.calendar();
            LocalDate today = calendar.today(clock);
            LocalDate shownFrom = firstDayShown(person, weeks);
            // One habit's page speaks of that habit alone: its check-ins' tightness, its relief.
            // Every other page settles every habit, archived ones too: relief counts them all,
            // each from its kept sum and the days after its standing's.
            List<HabitDetails> counted = habit.isPresent() ? shown : all;
            Standings.Settled settled = settled(person, counted, today, fresh);
            LocalDate first = today.plusDays(1);
            for (HabitDetails details : shown) {
                first = min(
                        first,
                        Progress.firstDayNeeded(
                                details.habit(),
                                today,
                                settled.of(details.habit().id()),
                                shownFrom));
            }
            for (HabitDetails details : counted) {
                first = min(first, daysAfter(details.habit(), settled));
            }
            Map<HabitId, List<CheckIn>> byHabit = byHabit(
                    first.isAfter(today) ? List.of() : history.on(personId, calendar, new DateRange(first, today)));
            List<HabitProgress> progress = shown.stream()
                    .map(details -> Progress.of(
                            log(details, byHabit.getOrDefault(details.habit().id(), List.of()), calendar),
                            today,
                            settled.of(details.habit().id()),
                            shownFrom))
                    .toList();
            List<Relief.Sum> relief = new ArrayList<>();
            for (HabitDetails details : counted) {
                HabitId id = details.habit().id();
                LocalDate after = daysAfter(details.habit(), settled);
                relief.add(settled.reliefOf(id)
                        .plus(byHabit.getOrDefault(id, List.of()).stream()
                                .filter(checkIn -> !calendar.dayOf(checkIn.at()).isBefore(after))
                                .toList()));
            }
            List<Habit> allHabits = all.stream().map(HabitDetails::habit).toList();
            DateRange trendDaysShown = new DateRange(today.minusDays(trendDays - 1L), today);
            List<CheckIn> rated = history.tightnessOn(personId, calendar, trendDaysShown).stream()
                    .filter(checkIn -> habit.isEmpty() || checkIn.habit().equals(habit.get()))
                    .toList();
            return new ProgressReport(
                    allHabits,
                    progress,
                    TightnessTrend.daily(rated, calendar, trendDaysShown.first(), today),
                    Relief.ofSums(counted.stream().map(HabitDetails::habit).toList(), relief),
                    TightnessTrend.dailyPain(rated, calendar, trendDaysShown.first(), today),
                    change(person, habit, today, false),
                    change(person, habit, today, true));
        });
    }

    /**
     * The change in tightness ({@code pain} false) or pain before practice, of the person or of one
     * habit: the first window of ratings read from the first rating on, the latest up to today.
     */
    private Optional<ChangeOverTime> change(Person person, Optional<HabitId> habit, LocalDate today, boolean pain) {
        PersonalCalendar calendar = person.calendar();
        Optional<LocalDate> started = history.firstRated(person.id(), habit, pain)
                .map(first -> calendar.dayOf(first.checkIn().at()));
        if (started.isEmpty() || started.get().isAfter(today)) {
            return Optional.empty();
        }
        LocalDate firstUntil = started.get().plusDays(ChangeOverTime.LONG_WINDOW_DAYS - 1L);
        LocalDate latestFrom = today.minusDays(ChangeOverTime.LONG_WINDOW_DAYS - 1L);
        List<CheckIn> read = new ArrayList<>();
        if (!firstUntil.isBefore(latestFrom)) {
            read.addAll(history.tightnessOn(person.id(), calendar, new DateRange(started.get(), today)));
        } else {
            read.addAll(history.tightnessOn(person.id(), calendar, new DateRange(started.get(), firstUntil)));
            read.addAll(history.tightnessOn(person.id(), calendar, new DateRange(latestFrom, today)));
        }
        List<ChangeOverTime.Rating> ratings = new ArrayList<>();
        for (CheckIn checkIn : read) {
            if (habit.isPresent() && !checkIn.habit().equals(habit.get())) {
                continue;
            }
            Optional<Integer> level = pain
                    ? checkIn.painBefore().map(Pain::level)
                    : checkIn.before().map(Tightness::level);
            level.ifPresent(value -> ratings.add(new ChangeOverTime.Rating(calendar.dayOf(checkIn.at()), value)));
        }
        return ChangeOverTime.of(pain ? "pain" : "tightness", ratings, today);
    }

    /** The first day after the habit's settled standing, whose check-ins its kept relief does not count. */
    private static LocalDate daysAfter(Habit habit, Standings.Settled settled) {
        return settled.of(habit.id())
                .map(standing -> standing.through().plusDays(1))
                .orElse(habit.startsOn());
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private LocalDate firstDayShown(Person person, int weeks) {
        return person.calendar()
                .today(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks - 1L);
    }

    private static void checkWeeks(int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new InvalidInputException(
                    "weeks", "Progress shows " + MIN_WEEKS + " to " + MAX_WEEKS + " weeks, not " + weeks + ".");
        }
    }

    private static void checkTrendDays(int days) {
        if (days < 1 || days > MAX_TREND_DAYS) {
            throw new InvalidInputException(
                    "days", "The tightness trend covers 1 to " + MAX_TREND_DAYS + " days, not " + days + ".");
        }
    }

    /** The progress of {@code shown}, in that order, with one read of their check-ins. */
    private List<HabitProgress> progress(
            Person person, List<HabitDetails> shown, LocalDate shownFrom, List<Standings.Fresh> fresh) {
        LocalDate today = person.calendar().today(clock);
        Standings.Settled settled = settled(person, shown, today, fresh);
        LocalDate first = today;
        for (HabitDetails details : shown) {
            LocalDate needed = Progress.firstDayNeeded(
                    details.habit(), today, settled.of(details.habit().id()), shownFrom);
            first = needed.isBefore(first) ? needed : first;
        }
        List<RecordedCheckIn> read = shown.size() == 1
                ? history.on(person.id(), shown.get(0).habit().id(), person.calendar(), new DateRange(first, today))
                : history.on(person.id(), person.calendar(), new DateRange(first, today));
        Map<HabitId, List<CheckIn>> byHabit = byHabit(read);
        return shown.stream()
                .map(details -> Progress.of(
                        log(details, byHabit.getOrDefault(details.habit().id(), List.of()), person.calendar()),
                        today,
                        settled.of(details.habit().id()),
                        shownFrom))
                .toList();
    }

    /**
     * Runs {@code read} in one read-only transaction, then keeps the standings it made (those
     * {@link #settled} collected in the list it is given).
     */
    private <T> T reading(Function<List<Standings.Fresh>, T> read) {
        List<Standings.Fresh> fresh = new ArrayList<>();
        T value = transactions.inOneReading(() -> read.apply(fresh));
        fresh.forEach(standings::keep);
        return value;
    }

    private Standings.Settled settled(
            Person person, List<HabitDetails> habits, LocalDate today, List<Standings.Fresh> fresh) {
        Standings.Settled settled = standings.settled(person, habits, today);
        settled.fresh().ifPresent(fresh::add);
        return settled;
    }

    private static List<HabitDetails> active(List<HabitDetails> all) {
        return all.stream()
                .filter(details -> details.habit().status() == HabitStatus.ACTIVE)
                .toList();
    }

    private static HabitLog log(HabitDetails details, List<CheckIn> checkIns, PersonalCalendar calendar) {
        HabitLog log = HabitLog.of(details.habit(), checkIns, calendar, details.skipped(), details.pauses());
        return details.createdAt().map(log::createdAt).orElse(log);
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
