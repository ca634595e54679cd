package dev.unknot.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitChanges;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestClock;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Standing;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.standing.StandingRepository;
import dev.unknot.store.standing.StandingRow;
import io.micronaut.context.ApplicationContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The standings kept for each habit (its streaks and strength after a settled past day): pages
 * fold only the days after them, and whatever changes a settled day, through any service or
 * another instance on the same database, is counted at once. The oracle is core's
 * {@link Progress#of(HabitLog, LocalDate)} over everything stored.
 */
abstract class StandingsTests extends AppTest {

    static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    ProgressService progress() {
        return bean(ProgressService.class);
    }

    HabitService habits() {
        return bean(HabitService.class);
    }

    /** A habit started 60 days ago, done on most days since. */
    Habit busyHabit(Person person) {
        LocalDate today = person.calendar().today(clock);
        Habit habit = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(today.minusDays(60)));
        for (int back = 60; back >= 0; back--) {
            if (back % 9 != 4) {
                checkIn(person, habit, today.minusDays(back), "d" + back);
            }
        }
        return habit;
    }

    void checkIn(Person person, Habit habit, LocalDate day, String clientId) {
        bean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(clientId, habit.id()).at(noonOf(person, day)));
    }

    Instant noonOf(Person person, LocalDate day) {
        return person.calendar().startOf(day).plus(Duration.ofHours(12));
    }

    /** What the progress must be: core's fold over every day, from everything stored. */
    HabitProgress oracle(ApplicationContext context, Person person, Habit habit) {
        Person now = context.getBean(PersonService.class).get(person.id());
        HabitDetails details = context.getBean(HabitService.class).details(person.id(), habit.id());
        List<RecordedCheckIn> all = context.getBean(CheckInHistory.class).all(person.id()).stream()
                .filter(each -> each.checkIn().habit().equals(habit.id()))
                .toList();
        HabitLog log = HabitLog.of(
                details.habit(),
                all.stream().map(RecordedCheckIn::checkIn).toList(),
                now.calendar(),
                details.skipped(),
                details.pauses());
        return Progress.of(log, now.calendar().today(clock));
    }

    void assertMatchesTheOracle(Person person, Habit habit) {
        assertMatchesTheOracle(context, person, habit);
    }

    void assertMatchesTheOracle(ApplicationContext context, Person person, Habit habit) {
        HabitProgress expected = oracle(context, person, habit);
        ProgressService service = context.getBean(ProgressService.class);
        HabitProgress shown = service.progress(person.id(), habit.id(), SINCE_EVER);
        assertThat(shown.current()).as("current").isEqualTo(expected.current());
        assertThat(shown.best()).as("best").isEqualTo(expected.best());
        assertThat(shown.strength()).as("strength").isEqualTo(expected.strength());
        assertThat(shown.adherence()).as("adherence").isEqualTo(expected.adherence());
        assertThat(shown.days()).as("days").isEqualTo(expected.days());
        Standing today = service.today(person.id()).standings().get(habit.id());
        if (today != null) {
            assertThat(today.current()).as("today's current").isEqualTo(expected.current());
            assertThat(today.best()).as("today's best").isEqualTo(expected.best());
            assertThat(today.strength()).as("today's strength").isEqualTo(expected.strength());
        }
    }

    List<StandingRow> kept(Person person) {
        return bean(StandingRepository.class).findByPersonId(person.id().value());
    }

    @Test
    void todayKeepsEachHabitsStandingAndLaterPagesReadOnlyTheDaysAfterIt() {
        Person person = newPerson();
        Habit habit = busyHabit(person);
        LocalDate today = person.calendar().today(clock);

        Standing first = progress().today(person.id()).standings().get(habit.id());

        assertThat(kept(person))
                .singleElement()
                .satisfies(row -> assertThat(row.settledThrough()).isEqualTo(Progress.settledThrough(today)));
        // Remove the settled days' check-ins behind the services' back: a page that still reads
        // them would change; one that folds on from the kept standing does not.
        CheckInRepository checkIns = bean(CheckInRepository.class);
        checkIns.findByPersonId(person.id().value()).stream()
                .filter(row -> !person.calendar().dayOf(row.doneAt()).isAfter(Progress.settledThrough(today)))
                .forEach(checkIns::delete);
        assertThat(progress().today(person.id()).standings().get(habit.id())).isEqualTo(first);
        assertThat(progress().progress(person.id(), habit.id(), 2).best()).isEqualTo(first.best());
    }

    @Test
    void aStandingIsBroughtForwardAsTheWeeksPassAndStaysRight() {
        Person person = newPerson();
        Habit habit = busyHabit(person);
        progress().today(person.id());
        LocalDate firstSettled = kept(person).get(0).settledThrough();

        for (int day = 1; day <= 21; day++) {
            clock.advance(Duration.ofDays(1));
            if (day % 3 != 0) {
                checkIn(person, habit, person.calendar().today(clock), "later-" + day);
            }
            assertMatchesTheOracle(person, habit);
        }

        assertThat(kept(person).get(0).settledThrough()).isEqualTo(firstSettled.plusWeeks(3));
    }

    @Test
    void everyKindOfChangeToASettledDayIsCountedAtOnce() {
        Person person = newPerson();
        Habit habit = busyHabit(person);
        LocalDate old = person.calendar().today(clock).minusDays(40);
        List<Consumer<Person>> changes = List.of(
                who -> checkIn(who, habit, old.minusDays(1), "back-dated"),
                who -> bean(CheckInService.class)
                        .delete(
                                who.id(),
                                bean(CheckInService.class)
                                        .findByClientId(who.id(), "d30")
                                        .orElseThrow()
                                        .id()),
                who -> habits().skip(who.id(), habit.id(), old),
                who -> habits().unskip(who.id(), habit.id(), old),
                who -> habits().pause(who.id(), habit.id(), new DateRange(old.plusDays(3), old.plusDays(6))),
                who -> habits().resume(who.id(), habit.id(), old.plusDays(5)),
                who -> habits().edit(
                                who.id(),
                                habit.id(),
                                HabitChanges.none().schedule(Schedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))),
                who -> habits().edit(who.id(), habit.id(), HabitChanges.none().startsOn(old)),
                who -> habits().edit(who.id(), habit.id(), HabitChanges.none().metric(Metric.measured("rolls", 2))),
                who -> bean(PersonService.class).changeCalendar(who.id(), "America/New_York", "04:00"),
                who -> bean(CheckInService.class).undoLast(who.id()));

        for (Consumer<Person> change : changes) {
            progress().today(person.id());
            assertThat(kept(person)).as("kept before the change").isNotEmpty();
            change.accept(bean(PersonService.class).get(person.id()));
            assertMatchesTheOracle(bean(PersonService.class).get(person.id()), habit);
        }
    }

    @Test
    void aChangeMadeByAnotherInstanceOnTheSameDatabaseIsCounted() {
        Person person = newPerson();
        Habit habit = busyHabit(person);
        progress().today(person.id());
        LocalDate old = person.calendar().today(clock).minusDays(30);

        try (ApplicationContext other = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            other.getBean(TestClock.class).set(clock.instant());
            other.getBean(CheckInService.class)
                    .record(
                            person.id(),
                            CheckInRequest.of("elsewhere", habit.id()).at(noonOf(person, old)));
            // A pause, not a skip: this busy habit has check-ins on the day, which cannot be skipped.
            other.getBean(HabitService.class)
                    .pause(person.id(), habit.id(), new DateRange(old.minusDays(2), old.minusDays(2)));
        }

        assertMatchesTheOracle(person, habit);
    }

    @Test
    void randomHistoriesOfChangesAlwaysShowWhatTheWholeHistoryGives() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            clock.reset();
            Person person = newPerson();
            LocalDate start = person.calendar().today(clock).minusDays(random.nextInt(20, 120));
            Habit habit = habits().create(
                            person.id(),
                            (random.nextBoolean()
                                            ? NewHabit.technique(TestPlugin.NECK_ROLL)
                                            : NewHabit.fromTemplate(TestPlugin.PLANK_THREE_TIMES))
                                    .startingOn(start));
            List<String> clientIds = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                LocalDate today = person.calendar().today(clock);
                LocalDate day =
                        start.plusDays(random.nextLong(Math.max(1, today.toEpochDay() - start.toEpochDay() + 1)));
                switch (random.nextInt(8)) {
                    case 0, 1, 2 -> {
                        String id = "s" + seed + "-" + step;
                        checkIn(person, habit, day, id);
                        clientIds.add(id);
                    }
                    case 3 -> {
                        if (!clientIds.isEmpty()) {
                            String id = clientIds.remove(random.nextInt(clientIds.size()));
                            bean(CheckInService.class)
                                    .findByClientId(person.id(), id)
                                    .ifPresent(
                                            found -> bean(CheckInService.class).delete(person.id(), found.id()));
                        }
                    }
                    case 4 -> {
                        try {
                            habits().skip(person.id(), habit.id(), day);
                        } catch (dev.unknot.wire.error.ConflictException e) {
                            // A day with a check-in cannot be skipped: nothing changed.
                        }
                    }
                    case 5 ->
                        habits().pause(person.id(), habit.id(), new DateRange(day, day.plusDays(random.nextInt(5))));
                    case 6 -> habits().resume(person.id(), habit.id(), day);
                    default -> clock.advance(Duration.ofDays(random.nextInt(1, 9)));
                }
                if (random.nextInt(3) == 0) {
                    progress().today(person.id());
                }
                try {
                    assertMatchesTheOracle(person, habit);
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + seed + ", step " + step + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
