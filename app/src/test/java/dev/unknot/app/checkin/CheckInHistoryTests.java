package dev.unknot.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.store.checkin.HistoryReader;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reading a person's whole history, which the store keeps in memory between calls: whatever
 * changes the check-ins, here or through another store on the same database, is seen by the next
 * read.
 */
abstract class CheckInHistoryTests extends AppTest {

    CheckInService checkIns() {
        return bean(CheckInService.class);
    }

    HabitId habit(Person person) {
        return bean(HabitService.class)
                .create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL))
                .id();
    }

    @Test
    void historyIsOldestFirstByTheTimeDoneThenById() {
        Person person = newPerson();
        HabitId habit = habit(person);
        Instant now = clock.instant();
        RecordedCheckIn late =
                checkIns().record(person.id(), CheckInRequest.of("late", habit).at(now));
        RecordedCheckIn early = checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("early", habit)
                                .at(now.minus(Duration.ofDays(2)))
                                .tightness(6, 3)
                                .note("stiff"));
        RecordedCheckIn sameTime =
                checkIns().record(person.id(), CheckInRequest.of("same", habit).at(now));

        assertThat(checkIns().history(person.id())).containsExactly(early, late, sameTime);
        // Read again, from memory this time: the same.
        assertThat(checkIns().history(person.id())).containsExactly(early, late, sameTime);
        assertThat(checkIns().history(person.id(), habit)).containsExactly(early, late, sameTime);
    }

    @Test
    void recentCheckInsTheirReportsAndTheFirstCheckInAgreeWithTheWholeHistory() {
        Person person = newPerson();
        HabitId habit = habit(person);
        Instant now = clock.instant();
        for (int day = 10; day >= 0; day--) {
            // Every other day says how the back was.
            checkIns()
                    .record(
                            person.id(),
                            CheckInRequest.of("d" + day, habit)
                                    .at(now.minus(Duration.ofDays(day)))
                                    .note(day % 2 == 0 ? "stiff" : ""));
        }
        Instant since = now.minus(Duration.ofDays(3));
        List<CheckIn> expected = checkIns().history(person.id()).stream()
                .map(RecordedCheckIn::checkIn)
                .filter(checkIn -> !checkIn.at().isBefore(since))
                .toList();
        List<CheckIn> reports = expected.stream().filter(CheckIn::reports).toList();

        // Once from the cache that history() just filled, once uncached (read with a query).
        assertThat(expected).hasSize(4);
        assertThat(reports).hasSize(2);
        assertThat(checkIns().recent(person.id(), since)).isEqualTo(new CheckInService.Recent(expected, reports));
        assertThat(checkIns()
                        .first(person.id())
                        .map(recorded -> recorded.checkIn().clientId()))
                .contains("d10");
        bean(HistoryCache.class).put(person.id().value(), -1, List.of());
        assertThat(checkIns().recent(person.id(), since)).isEqualTo(new CheckInService.Recent(expected, reports));
        assertThat(checkIns()
                        .first(person.id())
                        .map(recorded -> recorded.checkIn().clientId()))
                .contains("d10");
        assertThat(checkIns().first(newPerson().id())).isEmpty();
        assertThat(checkIns().history(new PersonId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void everyChangeHereIsSeenByTheNextRead() {
        Person person = newPerson();
        HabitId habit = habit(person);
        RecordedCheckIn first = checkIns().record(person.id(), CheckInRequest.of("one", habit));
        assertThat(checkIns().history(person.id())).containsExactly(first);

        RecordedCheckIn second =
                checkIns().record(person.id(), CheckInRequest.of("two", habit).amount(2));
        assertThat(checkIns().history(person.id())).containsExactly(first, second);

        RecordedCheckIn edited = checkIns()
                .edit(
                        person.id(),
                        first.id(),
                        CheckInRequest.from(first.checkIn()).amount(3));
        assertThat(checkIns().history(person.id())).containsExactly(edited, second);

        checkIns().delete(person.id(), second.id());
        assertThat(checkIns().history(person.id())).containsExactly(edited);

        checkIns().undoLast(person.id());
        assertThat(checkIns().history(person.id())).isEmpty();

        RecordedCheckIn restored = checkIns().restore(person.id(), first.checkIn(), clock.instant());
        assertThat(checkIns().history(person.id())).containsExactly(restored);
    }

    @Test
    void changesThroughAnotherStoreOnTheSameDatabaseAreSeen() {
        Person person = newPerson();
        HabitId habit = habit(person);
        RecordedCheckIn mine = checkIns().record(person.id(), CheckInRequest.of("mine", habit));
        PersonalCalendar calendar = person.calendar();
        LocalDate today = calendar.today(clock);
        assertThat(checkIns().history(person.id())).containsExactly(mine);
        assertThat(checkIns().dailyAmounts(person.id(), calendar)).isEqualTo(Map.of(habit, Map.of(today, 1.0)));

        try (ApplicationContext other = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            CheckInService theirs = other.getBean(CheckInService.class);
            RecordedCheckIn added = theirs.record(
                    person.id(), CheckInRequest.of("theirs", habit).amount(2));
            assertThat(checkIns().history(person.id())).containsExactly(mine, added);
            assertThat(checkIns().dailyAmounts(person.id(), calendar)).isEqualTo(Map.of(habit, Map.of(today, 3.0)));

            RecordedCheckIn edited = theirs.edit(
                    person.id(),
                    mine.id(),
                    CheckInRequest.from(mine.checkIn()).amount(5).tightness(7, 2));
            assertThat(checkIns().history(person.id())).containsExactly(edited, added);
            assertThat(checkIns().dailyAmounts(person.id(), calendar)).isEqualTo(Map.of(habit, Map.of(today, 7.0)));

            theirs.delete(person.id(), added.id());
            assertThat(checkIns().history(person.id())).containsExactly(edited);
            assertThat(checkIns().recent(person.id(), Instant.EPOCH).reports()).containsExactly(edited.checkIn());
            assertThat(checkIns().dailyAmounts(person.id(), calendar)).isEqualTo(Map.of(habit, Map.of(today, 5.0)));
        }
    }

    @Test
    void theRevisionDecidesWhetherTheHistoryInMemoryIsUsed() throws SQLException {
        Person person = newPerson();
        HabitId habit = habit(person);
        RecordedCheckIn recorded = checkIns().record(person.id(), CheckInRequest.of("one", habit));
        assertThat(checkIns().history(person.id())).containsExactly(recorded);

        // A change that bypasses the services raises no revision, so the cached history still
        // answers (which shows the cache is used); raising the revision makes the next read fetch it.
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(bean(DataSource.class)).getConnection()) {
            update(
                    connection,
                    "UPDATE check_in SET amount = 4 WHERE id = ?",
                    recorded.id().value());
            assertThat(checkIns().history(person.id()))
                    .extracting(r -> r.checkIn().amount())
                    .containsExactly(1.0);
            update(
                    connection,
                    "UPDATE person SET history_revision = history_revision + 1 WHERE id = ?",
                    person.id().value());
        }
        assertThat(checkIns().history(person.id()))
                .extracting(r -> r.checkIn().amount())
                .containsExactly(4.0);
    }

    @Test
    void dailyAmountsSumEachHabitsCheckInsPerDayOfTheGivenCalendar() {
        Person person = bean(PersonService.class).changeCalendar(newPerson().id(), "Europe/Berlin", "04:00");
        HabitId walk = habit(person);
        HabitId stretch = bean(HabitService.class)
                .create(person.id(), NewHabit.technique(TestPlugin.PLANK))
                .id();
        LocalDate today = person.calendar().today(clock);
        Instant startOfToday = person.calendar().startOf(today);
        checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("a", walk)
                                .at(startOfToday.plusSeconds(60))
                                .amount(1.5));
        checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("b", walk)
                                .at(startOfToday.plusSeconds(120))
                                .amount(2));
        // 03:30 belongs to the day before with a 04:00 day start, and to today with a midnight one.
        checkIns().record(person.id(), CheckInRequest.of("c", stretch).at(startOfToday.minus(Duration.ofMinutes(30))));

        assertThat(checkIns().dailyAmounts(person.id(), person.calendar()))
                .isEqualTo(Map.of(walk, Map.of(today, 3.5), stretch, Map.of(today.minusDays(1), 1.0)));
        PersonalCalendar midnight = new PersonalCalendar(person.calendar().zone(), java.time.LocalTime.MIDNIGHT);
        assertThat(checkIns().dailyAmounts(person.id(), midnight))
                .isEqualTo(Map.of(walk, Map.of(today, 3.5), stretch, Map.of(today, 1.0)));
        assertThat(checkIns().dailyAmounts(person.id(), person.calendar()))
                .isEqualTo(Map.of(walk, Map.of(today, 3.5), stretch, Map.of(today.minusDays(1), 1.0)));
    }

    @Test
    void aCheckInRecordedHereIsAddedToTheHistoryInMemoryAndMatchesAFreshRead() throws SQLException {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Instant now = clock.instant();
        checkIns().record(person.id(), CheckInRequest.of("a", habit.id()).at(now.minus(Duration.ofDays(3))));
        checkIns().record(person.id(), CheckInRequest.of("b", habit.id()).at(now.minus(Duration.ofDays(1))));
        checkIns().dailyAmounts(person.id(), person.calendar());

        // At the end, back-dated between the two, and on a day that has one already: the history in
        // memory must stay sorted and the daily amounts exact.
        List<RecordedCheckIn> added = new ArrayList<>();
        added.add(recordInOneTransaction(
                person, habit, CheckInRequest.of("c", habit.id()).at(now).amount(2)));
        added.add(recordInOneTransaction(
                person,
                habit,
                CheckInRequest.of("d", habit.id())
                        .at(now.minus(Duration.ofDays(2)))
                        .tightness(5, 2)));
        added.add(recordInOneTransaction(
                person, habit, CheckInRequest.of("e", habit.id()).at(now).amount(0.5)));

        long revision = revision(person);
        assertThat(bean(HistoryCache.class).get(person.id().value(), revision))
                .as("kept up to date in memory")
                .hasValueSatisfying(held -> assertThat(held).containsAll(added));
        List<RecordedCheckIn> inMemory = checkIns().history(person.id());
        Map<HabitId, Map<LocalDate, Double>> amountsInMemory = checkIns().dailyAmounts(person.id(), person.calendar());
        List<RecordedCheckIn> fresh = transactions()
                .executeRead(status -> bean(HistoryReader.class).all(person.id().value()));
        bean(HistoryCache.class).put(person.id().value(), -1, List.of());
        assertThat(inMemory)
                .isEqualTo(fresh)
                .extracting(r -> r.checkIn().clientId())
                .containsExactly("a", "d", "b", "c", "e");
        assertThat(amountsInMemory).isEqualTo(checkIns().dailyAmounts(person.id(), person.calendar()));

        // A change made through another connection is still seen by the next read.
        checkIns().history(person.id());
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(bean(DataSource.class)).getConnection()) {
            update(
                    connection,
                    "UPDATE check_in SET amount = 4 WHERE id = ?",
                    added.get(0).id().value());
            update(
                    connection,
                    "UPDATE person SET history_revision = history_revision + 1 WHERE id = ?",
                    person.id().value());
        }
        assertThat(checkIns().history(person.id()))
                .filteredOn(r -> r.checkIn().clientId().equals("c"))
                .extracting(r -> r.checkIn().amount())
                .containsExactly(4.0);
    }

    @Test
    void aCheckInOfARolledBackTransactionIsInNoHistory() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        RecordedCheckIn kept = checkIns().record(person.id(), CheckInRequest.of("kept", habit.id()));
        assertThat(checkIns().history(person.id())).containsExactly(kept);
        long before = revision(person);

        assertThatThrownBy(() -> transactions().executeWrite(status -> {
                    RecordedCheckIn undone = checkIns()
                            .record(person, habit, CheckInRequest.of("undone", habit.id()))
                            .checkIn();
                    assertThat(checkIns().history(person.id()))
                            .as("seen inside its transaction")
                            .contains(undone);
                    throw new IllegalStateException("the answer failed");
                }))
                .hasMessage("the answer failed");

        assertThat(revision(person)).isEqualTo(before);
        assertThat(bean(HistoryCache.class).get(person.id().value(), before + 1))
                .isEmpty();
        assertThat(checkIns().history(person.id())).containsExactly(kept);

        // Nothing cached this time: the history read inside the transaction (with the uncommitted
        // check-in) must not be kept for anybody else either.
        bean(HistoryCache.class).put(person.id().value(), -1, List.of());
        assertThatThrownBy(() -> transactions().executeWrite(status -> {
                    RecordedCheckIn undone = checkIns()
                            .record(person, habit, CheckInRequest.of("undone", habit.id()))
                            .checkIn();
                    assertThat(checkIns().history(person.id()))
                            .as("read inside its transaction")
                            .contains(undone);
                    assertThat(checkIns().dailyAmounts(person.id(), person.calendar()))
                            .isNotEmpty();
                    throw new IllegalStateException("the answer failed again");
                }))
                .hasMessage("the answer failed again");
        assertThat(bean(HistoryCache.class).get(person.id().value(), before + 1))
                .isEmpty();

        // Another change reaches the revision the rolled-back ones had: its history is read, not a phantom.
        RecordedCheckIn next = checkIns().record(person.id(), CheckInRequest.of("next", habit.id()));
        assertThat(revision(person)).isEqualTo(before + 1);
        assertThat(checkIns().history(person.id())).containsExactly(kept, next);
    }

    @Test
    void anInvalidCheckInWritesNothing() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        checkIns().history(person.id());
        long before = revision(person);

        assertThatThrownBy(() -> transactions()
                        .executeWrite(status -> checkIns()
                                .record(
                                        person,
                                        habit,
                                        CheckInRequest.of("bad", habit.id()).tightness(11, 2))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> transactions()
                        .executeWrite(status -> checkIns()
                                .record(
                                        person,
                                        habit,
                                        CheckInRequest.of("later", habit.id())
                                                .at(clock.instant().plus(Duration.ofDays(2))))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(revision(person)).isEqualTo(before);
        assertThat(checkIns().any(person.id())).isFalse();
        assertThat(checkIns().history(person.id())).isEmpty();
    }

    private RecordedCheckIn recordInOneTransaction(Person person, Habit habit, CheckInRequest request) {
        return transactions().executeWrite(status -> {
            CheckInService.Outcome outcome = checkIns().record(person, habit, request);
            assertThat(outcome.created()).isTrue();
            // The rest of the transaction (the answer's streak and advice) finds it in memory.
            assertThat(bean(HistoryCache.class).get(person.id().value(), revision(person)))
                    .hasValueSatisfying(held -> assertThat(held).contains(outcome.checkIn()));
            return outcome.checkIn();
        });
    }

    private long revision(Person person) {
        return transactions()
                .executeRead(
                        status -> bean(HistoryReader.class).revision(person.id().value()))
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> transactions() {
        return bean(TransactionOperations.class);
    }

    private static void update(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
