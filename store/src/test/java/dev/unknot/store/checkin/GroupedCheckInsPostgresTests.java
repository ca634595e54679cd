package dev.unknot.store.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.habit.HabitBook;
import dev.unknot.store.habit.HabitChanges;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.habit.NewHabit;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.StoreTest;
import dev.unknot.store.testing.TestDatabase;
import dev.unknot.store.testing.TestPlugin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Check-ins written in groups (one statement and commit for all that arrive together), checked
 * against a person's {@link HabitBook} page: on PostgreSQL, where a server does this.
 */
@EnabledIfPostgres
class GroupedCheckInsPostgresTests extends StoreTest {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    private CheckInService checkIns() {
        return bean(CheckInService.class);
    }

    private HabitBook book() {
        return bean(HabitBook.class);
    }

    private Habit habit(Person person) {
        return bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
    }

    private Optional<CheckInService.Grouped> grouped(PersonId person, Habit habit, String clientId) {
        HabitBook.Page page = book().page(person);
        return checkIns()
                .recordGrouped(page.person(), habit, CheckInRequest.of(clientId, habit.id()), page.settingsRevision());
    }

    private long settingsRevision(PersonId person) {
        book().forget(person);
        return book().page(person).settingsRevision();
    }

    @Test
    void aGroupedCheckInIsStoredCountedInTheHistoryAndRaisesTheRevisionByOne() {
        Person person = newPerson();
        Habit habit = habit(person);
        checkIns().record(person.id(), CheckInRequest.of("before", habit.id()));
        List<RecordedCheckIn> before = checkIns().history(person.id());

        CheckInService.Grouped grouped = grouped(person.id(), habit, "g-1").orElseThrow();

        assertThat(checkIns().canRecordGrouped()).isTrue();
        assertThat(checkIns().get(person.id(), grouped.checkIn().id())).isEqualTo(grouped.checkIn());
        assertThat(checkIns().history(person.id())).containsExactly(before.get(0), grouped.checkIn());
        // The held history was added to, not read again: what the database holds is the same.
        assertThat(bean(Transactions.class)
                        .inOneReading(() ->
                                bean(HistoryReader.class).revision(person.id().value())))
                .hasValue(grouped.revision());
        assertThat(bean(Transactions.class)
                        .inOneReading(
                                () -> bean(HistoryReader.class).all(person.id().value())))
                .containsExactly(before.get(0), grouped.checkIn());
    }

    @Test
    void aClientIdRecordedBeforeIsLeftToTheOrdinaryPathAndNothingIsStoredTwice() {
        Person person = newPerson();
        Habit habit = habit(person);
        grouped(person.id(), habit, "twice").orElseThrow();

        assertThat(grouped(person.id(), habit, "twice")).isEmpty();
        assertThat(checkIns().history(person.id())).hasSize(1);
    }

    @Test
    void anInvalidRequestIsLeftToTheOrdinaryPath() {
        Person person = newPerson();
        Habit habit = habit(person);
        HabitBook.Page page = book().page(person.id());

        assertThat(checkIns()
                        .recordGrouped(
                                page.person(),
                                habit,
                                CheckInRequest.of("late", habit.id())
                                        .at(clock.instant().plusSeconds(3 * 86_400)),
                                page.settingsRevision()))
                .isEmpty();
        assertThat(checkIns().history(person.id())).isEmpty();
    }

    @Test
    void aPageReadBeforeAChangeOfHabitsOrCalendarIsStaleAndNothingIsStored() {
        Person person = newPerson();
        Habit habit = habit(person);
        HabitService habits = bean(HabitService.class);
        java.time.LocalDate today = person.calendar().today(clock);
        List<Consumer<PersonId>> changes = List.of(
                id -> habits.edit(id, habit.id(), HabitChanges.none().name("Neck rolls at noon")),
                id -> habits.skip(id, habit.id(), today.minusDays(1)),
                id -> habits.unskip(id, habit.id(), today.minusDays(1)),
                id -> habits.pause(id, habit.id(), new DateRange(today.plusDays(3), today.plusDays(5))),
                id -> habits.resume(id, habit.id(), today.plusDays(4)),
                id -> habits.create(id, NewHabit.technique(TestPlugin.NECK_ROLL)),
                id -> bean(PersonService.class).changeCalendar(id, "America/New_York", "04:00"));
        int number = 0;
        for (Consumer<PersonId> change : changes) {
            HabitBook.Page page = book().page(person.id());
            change.accept(person.id());

            String clientId = "stale-" + number++;
            assertThat(checkIns()
                            .recordGrouped(
                                    page.person(),
                                    habit,
                                    CheckInRequest.of(clientId, habit.id()),
                                    page.settingsRevision()))
                    .as("after change %d", number)
                    .isEmpty();
            assertThat(checkIns().findByClientId(person.id(), clientId)).isEmpty();
            book().forget(person.id());
            assertThat(grouped(person.id(), habit, clientId + "-again"))
                    .as("after change %d", number)
                    .isPresent();
        }
    }

    @Test
    void theSettingsRevisionRisesWithHabitsSkipsPausesAndTheCalendarButNotWithCheckInsOrPasswords() {
        Person person = newPerson();
        PersonId id = person.id();
        long start = settingsRevision(id);
        Habit habit = habit(person);
        long afterHabit = settingsRevision(id);
        checkIns().record(id, CheckInRequest.of("plain", habit.id()));
        grouped(id, habit, "grouped").orElseThrow();
        bean(PersonService.class).changePasswordHash(id, "{test}other");
        long afterCheckIns = settingsRevision(id);
        bean(HabitService.class).archive(id, habit.id());
        long afterArchive = settingsRevision(id);
        bean(PersonService.class).changeCalendar(id, "Europe/Berlin", "00:00");
        long afterSameCalendar = settingsRevision(id);
        bean(PersonService.class).changeCalendar(id, "Europe/Berlin", "03:00");

        assertThat(afterHabit).isGreaterThan(start);
        assertThat(afterCheckIns).isEqualTo(afterHabit);
        assertThat(afterArchive).isGreaterThan(afterCheckIns);
        assertThat(afterSameCalendar).isEqualTo(afterArchive);
        assertThat(settingsRevision(id)).isGreaterThan(afterSameCalendar);
    }

    @Test
    void aCheckInInsideATransactionTakesTheOrdinaryPath() {
        Person person = newPerson();
        Habit habit = habit(person);
        HabitBook.Page page = book().page(person.id());

        Optional<CheckInService.Grouped> inside = bean(Transactions.class).inOne(() -> {
            assertThat(checkIns().canRecordGrouped()).isFalse();
            return checkIns()
                    .recordGrouped(
                            page.person(), habit, CheckInRequest.of("inside", habit.id()), page.settingsRevision());
        });

        assertThat(inside).isEmpty();
        assertThat(checkIns().history(person.id())).isEmpty();
    }

    @Test
    void checkInsOfManyPeopleAtOnceAreEachStoredOnceWithTheHistoriesRight() throws Exception {
        int threads = 8;
        int each = 40;
        List<Person> people = List.of(newPerson(), newPerson(), newPerson(), newPerson());
        List<Habit> habits = people.stream().map(this::habit).toList();
        people.forEach(person -> checkIns().history(person.id())); // held, so that answers add to it
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<CheckInService.Grouped> answers = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int who = (thread + i) % people.size();
                        answers.add(grouped(people.get(who).id(), habits.get(who), "t" + thread + "-" + i)
                                .orElseThrow());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).hasSize(threads * each);
        assertThat(answers.stream().map(answer -> answer.checkIn().id()).distinct())
                .hasSize(threads * each);
        for (Person person : people) {
            List<RecordedCheckIn> stored = bean(Transactions.class)
                    .inOneReading(
                            () -> bean(HistoryReader.class).all(person.id().value()));
            assertThat(stored).hasSize(threads * each / people.size());
            assertThat(checkIns().history(person.id())).isEqualTo(stored);
            Set<Long> revisions = new HashSet<>();
            answers.stream()
                    .filter(answer -> answer.checkIn()
                            .checkIn()
                            .habit()
                            .equals(habits.get(people.indexOf(person)).id()))
                    .forEach(answer -> revisions.add(answer.revision()));
            // Every answer's revision is one the person's history passed through, and it ends at the last.
            assertThat(revisions).allSatisfy(revision -> assertThat(revision).isBetween(1L, (long) stored.size()));
            assertThat(bean(Transactions.class)
                            .inOneReading(() -> bean(HistoryReader.class)
                                    .revision(person.id().value())))
                    .hasValue(stored.size());
        }
    }

    @Test
    void theSameClientIdSentManyTimesAtOnceIsStoredOnce() throws Exception {
        int threads = 8;
        Person person = newPerson();
        Habit habit = habit(person);
        book().page(person.id());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Optional<CheckInService.Grouped>>> sent = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return grouped(person.id(), habit, "the-same");
                }));
            }
            long written = 0;
            for (Future<Optional<CheckInService.Grouped>> each : sent) {
                written += each.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            assertThat(written).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(checkIns().history(person.id())).hasSize(1);
    }
}
