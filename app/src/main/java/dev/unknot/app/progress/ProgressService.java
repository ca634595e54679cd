package dev.unknot.app.progress;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.progress.Agenda;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person stands: progress per habit, today's agenda, relief per technique and the
 * tightness trend. The figures come from core's pure functions ({@link Progress}, {@link Agenda},
 * {@link Relief}, {@link TightnessTrend}), fed with the person's data and their own calendar; this
 * service only gathers and hands over.
 */
@Singleton
public class ProgressService {

    /** How many people's last progress is kept (see {@link #progress(PersonId)}). */
    static final int REMEMBERED = 32;

    /** What {@link #progress(PersonId)} computed last for one person, and from what. */
    private record Computed(
            Map<HabitId, Map<LocalDate, Double>> amounts,
            LocalDate today,
            List<HabitDetails> habits,
            List<HabitProgress> progress) {}

    private final PersonService people;
    private final HabitService habits;
    private final CheckInService checkIns;
    private final Clock clock;
    private final Map<PersonId, Computed> computed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PersonId, Computed> eldest) {
            return size() > REMEMBERED;
        }
    };

    ProgressService(PersonService people, HabitService habits, CheckInService checkIns, Clock clock) {
        this.people = people;
        this.habits = habits;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /**
     * Streaks, strength and adherence of one habit, up to today.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional(readOnly = true)
    public HabitProgress progress(PersonId personId, HabitId habit) {
        return progress(people.get(personId), habits.details(personId, habit));
    }

    /**
     * Streaks, strength and adherence of one habit, up to today, for a person and their habit the
     * caller has read already (in the same transaction, e.g. right after a check-in).
     */
    @Transactional(readOnly = true)
    public HabitProgress progress(Person person, HabitDetails details) {
        PersonalCalendar calendar = person.calendar();
        Map<LocalDate, Double> amounts = checkIns.dailyAmounts(person.id(), calendar)
                .getOrDefault(details.habit().id(), Map.of());
        return Progress.of(
                new HabitLog(details.habit(), amounts, details.skipped(), details.pauses()), calendar.today(clock));
    }

    /**
     * The progress of every active habit, oldest habit first.
     *
     * <p>Progress is a pure function of the habits (with their skips and pauses), the amounts per
     * day and today; the last answer per person is kept and given again while all three are the
     * same. The amounts are compared by identity: the store hands out the same map for as long as
     * the person's check-ins and calendar stay the same, and a new one after any change.
     */
    @Transactional(readOnly = true)
    public List<HabitProgress> progress(PersonId personId) {
        PersonalCalendar calendar = people.get(personId).calendar();
        LocalDate today = calendar.today(clock);
        // The amounts per day, which are all progress needs of the history, come ready from the
        // store's cache when the person's check-ins have not changed since the last page.
        Map<HabitId, Map<LocalDate, Double>> amounts = checkIns.dailyAmounts(personId, calendar);
        List<HabitDetails> active = habits.detailsOfAll(personId).stream()
                .filter(details -> details.habit().status() == HabitStatus.ACTIVE)
                .toList();
        synchronized (computed) {
            Computed last = computed.get(personId);
            if (last != null
                    && last.amounts() == amounts
                    && last.today().equals(today)
                    && last.habits().equals(active)) {
                return last.progress();
            }
        }
        List<HabitProgress> progress = active.stream()
                .map(details -> Progress.of(
                        new HabitLog(
                                details.habit(),
                                amounts.getOrDefault(details.habit().id(), Map.of()),
                                details.skipped(),
                                details.pauses()),
                        today))
                .toList();
        synchronized (computed) {
            computed.put(personId, new Computed(amounts, today, active, progress));
        }
        return progress;
    }

    /** What is due, done, overdue, skipped or paused now, in the person's day. */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(PersonId personId) {
        Person person = people.get(personId);
        PersonalCalendar calendar = person.calendar();
        Instant now = clock.instant();
        LocalDate today = calendar.dayOf(now);
        // Check-ins can only be for today or earlier, and the agenda looks no further back than
        // this week's Monday (for N-times-a-week habits).
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<HabitId, List<CheckIn>> byHabit = byHabit(checkIns.list(personId, new DateRange(monday, today)));
        List<HabitLog> logs = habits.detailsOfAll(personId).stream()
                .filter(details -> details.habit().status() == HabitStatus.ACTIVE)
                .map(details ->
                        log(details, byHabit.getOrDefault(details.habit().id(), List.of()), calendar))
                .toList();
        return Agenda.at(now, calendar, logs);
    }

    /**
     * "What actually helps you": the average drop in tightness per technique, routine or own
     * habit, over all the person's check-ins that recorded tightness before and after; largest drop first.
     */
    @Transactional(readOnly = true)
    public List<Relief> relief(PersonId personId) {
        people.get(personId);
        List<Habit> all = habits.listAll(personId);
        return Relief.perTarget(
                all,
                checkIns.history(personId).stream()
                        .map(RecordedCheckIn::checkIn)
                        .toList());
    }

    /** The mean tightness before and after, per day of {@code days} on which any was reported. */
    @Transactional(readOnly = true)
    public List<TightnessTrend.Point> tightnessTrend(PersonId personId, DateRange days) {
        PersonalCalendar calendar = people.get(personId).calendar();
        List<CheckIn> reported = checkIns.list(personId, days).stream()
                .map(RecordedCheckIn::checkIn)
                .toList();
        return TightnessTrend.daily(reported, calendar, days.first(), days.last());
    }

    /**
     * The tightness trend over the last {@code days} days up to today.
     *
     * @throws InvalidInputException when {@code days} is not between 1 and 3660
     */
    @Transactional(readOnly = true)
    public List<TightnessTrend.Point> tightnessTrend(PersonId personId, int days) {
        if (days < 1 || days > 3660) {
            throw new InvalidInputException("days", "days must be between 1 and 3660, was " + days);
        }
        LocalDate today = people.get(personId).calendar().today(clock);
        return tightnessTrend(personId, new DateRange(today.minusDays(days - 1L), today));
    }

    private static HabitLog log(HabitDetails details, List<CheckIn> checkIns, PersonalCalendar calendar) {
        return HabitLog.of(details.habit(), checkIns, calendar, details.skipped(), details.pauses());
    }

    private static Map<HabitId, List<CheckIn>> byHabit(List<RecordedCheckIn> recorded) {
        Map<HabitId, List<CheckIn>> byHabit = new HashMap<>();
        for (RecordedCheckIn checkIn : recorded) {
            byHabit.computeIfAbsent(checkIn.checkIn().habit(), id -> new java.util.ArrayList<>())
                    .add(checkIn.checkIn());
        }
        return byHabit;
    }
}
