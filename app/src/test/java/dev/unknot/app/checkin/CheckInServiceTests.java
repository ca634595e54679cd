package dev.unknot.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestClock;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

abstract class CheckInServiceTests extends AppTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    CheckInService checkIns() {
        return bean(CheckInService.class);
    }

    Habit habit(Person person) {
        return bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
    }

    /** Records the check-in and gives what was stored. */
    RecordedCheckIn record(PersonId person, CheckInRequest request) {
        return checkIns().record(person, request).checkIn();
    }

    /** Every check-in of the person, oldest first. */
    List<RecordedCheckIn> stored(PersonId person) {
        return bean(CheckInHistory.class).all(person);
    }

    @Test
    void checkInWithoutDetailsIsDoneOnceNow() {
        Person person = newPerson();
        Habit habit = habit(person);

        RecordedCheckIn recorded = record(person.id(), CheckInRequest.of("c-1", habit.id()));

        assertThat(recorded.checkIn())
                .isEqualTo(new CheckIn(
                        "c-1",
                        habit.id(),
                        TestClock.DEFAULT_NOW,
                        1,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        Set.of()));
        assertThat(checkIns().get(person.id(), recorded.id())).isEqualTo(recorded);
    }

    @Test
    void theFirstCheckInIsTheEarliestDoneAndOfTwoAtOneTimeTheOneStoredFirst() {
        Person person = newPerson();
        Habit habit = habit(person);
        Instant early = Instant.parse("2025-03-10T08:00:00Z");
        record(person.id(), CheckInRequest.of("later", habit.id()).at(early.plusSeconds(60)));
        RecordedCheckIn first =
                record(person.id(), CheckInRequest.of("first", habit.id()).at(early));
        record(person.id(), CheckInRequest.of("same-time", habit.id()).at(early));

        assertThat(bean(CheckInHistory.class).first(person.id())).contains(first);
        assertThat(bean(CheckInHistory.class).first(newPerson().id())).isEmpty();
    }

    @Test
    void everyDetailIsKept() {
        Person person = newPerson();
        Habit habit = habit(person);
        Instant at = Instant.parse("2025-03-09T18:45:12.345678Z");

        RecordedCheckIn recorded = record(
                person.id(),
                CheckInRequest.of("c-2", habit.id())
                        .at(at)
                        .amount(2.5)
                        .duration(Duration.ofMillis(90_700))
                        .tightness(7, 3)
                        .pain(4, 1)
                        .note("  after the long drive ")
                        .symptoms(Set.of(Symptom.WEAKNESS, Symptom.NUMBNESS)));

        CheckIn expected = new CheckIn(
                "c-2",
                habit.id(),
                Instant.parse("2025-03-09T18:45:12.345Z"),
                2.5,
                Optional.of(Duration.ofSeconds(90)),
                Optional.of(Tightness.of(7)),
                Optional.of(Tightness.of(3)),
                "after the long drive",
                Set.of(Symptom.NUMBNESS, Symptom.WEAKNESS),
                Optional.of(Pain.of(4)),
                Optional.of(Pain.of(1)));
        assertThat(recorded.checkIn()).isEqualTo(expected);
        assertThat(checkIns().get(person.id(), recorded.id()).checkIn()).isEqualTo(expected);
    }

    @Test
    void retriedCheckInReturnsTheStoredOneAndWritesNothing() {
        Person person = newPerson();
        Habit habit = habit(person);
        RecordedCheckIn first =
                record(person.id(), CheckInRequest.of("retry-me", habit.id()).tightness(5, 2));
        clock.advance(Duration.ofMinutes(3));

        RecordedCheckIn retried =
                record(person.id(), CheckInRequest.of("retry-me", habit.id()).tightness(5, 2));

        assertThat(retried).isEqualTo(first);
        assertThat(stored(person.id())).containsExactly(first);
    }

    @Test
    void aRetryWithOtherValuesIsAConflictAndARetryNamingFewerValuesIsTheSame() {
        Person person = newPerson();
        Habit habit = habit(person);
        CheckInService.Outcome first = checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("kept", habit.id()).tightness(6, 3).note("stiff"));

        CheckInService.Outcome shorter = checkIns().record(person.id(), CheckInRequest.of("kept", habit.id()));

        assertThat(first.created()).isTrue();
        assertThat(shorter.created()).isFalse();
        assertThat(shorter.checkIn()).isEqualTo(first.checkIn());
        assertThatThrownBy(() -> checkIns()
                        .record(
                                person.id(),
                                CheckInRequest.of("kept", habit.id()).tightness(6, 2)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The client id kept was recorded before with other values.");
        assertThatThrownBy(() -> checkIns()
                        .record(
                                person.id(),
                                CheckInRequest.of("kept", habit.id()).amount(-1)))
                .isInstanceOf(ConflictException.class);
        assertThat(stored(person.id())).containsExactly(first.checkIn());
    }

    @Test
    void aCheckInWithoutAnAmountRecordsWhatIsLeftOfTheDaysTargetAndAtLeastOne() {
        Person person = newPerson();
        Habit water = bean(HabitService.class).create(person.id(), NewHabit.fromTemplate(TestPlugin.WATER));
        Habit neck = habit(person);

        assertThat(record(person.id(), CheckInRequest.of("w-1", water.id()).amount(3))
                        .checkIn()
                        .amount())
                .isEqualTo(3);
        assertThat(record(person.id(), CheckInRequest.of("w-2", water.id()))
                        .checkIn()
                        .amount())
                .as("8 glasses a day, 3 done")
                .isEqualTo(5);
        assertThat(record(person.id(), CheckInRequest.of("w-3", water.id()))
                        .checkIn()
                        .amount())
                .as("the day's target met: one more")
                .isEqualTo(1);
        assertThat(record(
                                person.id(),
                                CheckInRequest.of("w-4", water.id())
                                        .at(clock.instant().minus(Duration.ofDays(1))))
                        .checkIn()
                        .amount())
                .as("nothing done yesterday")
                .isEqualTo(8);
        assertThat(record(person.id(), CheckInRequest.of("n-1", neck.id()))
                        .checkIn()
                        .amount())
                .isEqualTo(1);
        assertThat(CheckInService.defaultAmount(water, 7.5)).isEqualTo(1);
        assertThat(CheckInService.defaultAmount(water, 6.5)).isEqualTo(1.5);
    }

    @Test
    void theOutcomeSaysWhereTheHabitStandsAndWhatTheRulesAdvise() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class)
                .create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(TODAY.minusDays(2)));
        record(
                person.id(),
                CheckInRequest.of("yesterday", habit.id()).at(clock.instant().minus(Duration.ofDays(1))));

        CheckInService.Outcome outcome = checkIns()
                .record(person.id(), CheckInRequest.of("today", habit.id()).symptoms(Set.of(Symptom.NUMBNESS)));

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.habit()).isEqualTo(habit);
        assertThat(outcome.standing().current().length()).isEqualTo(2);
        assertThat(outcome.advice()).isNotEmpty();
    }

    @Test
    void theAnswerToANewCheckInIsWhatReadingItGives() {
        Person person = newPerson();
        Habit habit = habit(person);

        CheckInService.Outcome recorded = checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of(" answered ", habit.id())
                                .at(Instant.parse("2025-03-09T18:45:12.345678Z"))
                                .amount(2.5)
                                .duration(Duration.ofMillis(90_700))
                                .tightness(7, 3)
                                .note("  a note ")
                                .symptoms(Set.of(Symptom.PAIN)));

        assertThat(recorded.created()).isTrue();
        assertThat(checkIns().get(person.id(), recorded.checkIn().id())).isEqualTo(recorded.checkIn());
        assertThat(checkIns().findByClientId(person.id(), "answered")).contains(recorded.checkIn());
    }

    @Test
    void simultaneousRetriesStoreOneCheckInAndCreateItOnce() throws Exception {
        Person person = newPerson();
        Habit habit = habit(person);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CheckInService.Outcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<CheckInService.Outcome> send = () -> {
                    start.await();
                    return checkIns().record(person.id(), CheckInRequest.of("raced", habit.id()));
                };
                results.add(pool.submit(send));
            }
            start.countDown();
            List<CheckInService.Outcome> answers = new ArrayList<>();
            for (Future<CheckInService.Outcome> result : results) {
                answers.add(result.get());
            }

            assertThat(stored(person.id())).hasSize(1);
            assertThat(answers)
                    .extracting(CheckInService.Outcome::checkIn)
                    .containsOnly(stored(person.id()).get(0));
            assertThat(answers).filteredOn(CheckInService.Outcome::created).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clientIdsBelongToOnePerson() {
        Person ada = newPerson();
        Person bob = newPerson();

        RecordedCheckIn adas =
                record(ada.id(), CheckInRequest.of("same-id", habit(ada).id()));
        RecordedCheckIn bobs =
                record(bob.id(), CheckInRequest.of("same-id", habit(bob).id()));

        assertThat(bobs.id()).isNotEqualTo(adas.id());
        assertThat(stored(bob.id())).containsExactly(bobs);
    }

    @Test
    void badValuesAreRejectedNamingTheFieldAndNothingIsWritten() {
        Person person = newPerson();
        HabitId habit = habit(person).id();
        CheckInRequest good = CheckInRequest.of("bad", habit);

        rejected(
                person,
                good.tightness(11, null),
                "before",
                "Tightness before goes from 0 (loose) to 10 (very tight), not 11.");
        rejected(
                person,
                good.tightness(-1, null),
                "before",
                "Tightness before goes from 0 (loose) to 10 (very tight), not -1.");
        rejected(
                person,
                good.tightness(3, 11),
                "after",
                "Tightness after goes from 0 (loose) to 10 (very tight), not 11.");
        rejected(
                person,
                good.tightness(3, -1),
                "after",
                "Tightness after goes from 0 (loose) to 10 (very tight), not -1.");
        rejected(
                person,
                good.pain(11, null),
                "painBefore",
                "Pain before goes from 0 (none) to 10 (the worst imaginable), not 11.");
        rejected(
                person,
                good.pain(2, -1),
                "painAfter",
                "Pain after goes from 0 (none) to 10 (the worst imaginable), not -1.");
        rejected(person, good.amount(-1), "amount", "The amount goes from 0 to 1000000, not -1.");
        rejected(person, good.amount(-0.5), "amount", "The amount goes from 0 to 1000000, not -0.5.");
        rejected(person, good.amount(1e308), "amount", "The amount goes from 0 to 1000000, not 1.0E308.");
        rejected(person, good.amount(Double.NaN), "amount", "The amount goes from 0 to 1000000, not NaN.");
        rejected(
                person,
                good.amount(Double.POSITIVE_INFINITY),
                "amount",
                "The amount goes from 0 to 1000000, not Infinity.");
        rejected(
                person,
                good.duration(Duration.ofSeconds(-5)),
                "durationSeconds",
                "A check-in lasts from 0 to 24 hours, not -5 s.");
        rejected(
                person,
                good.duration(Duration.ofHours(25)),
                "durationSeconds",
                "A check-in lasts from 0 to 24 hours, not 25 h.");
        rejected(
                person,
                good.note("x".repeat(2001)),
                "note",
                "A note can be at most 2000 characters long; this one has 2001.");
        rejected(
                person,
                good.at(Instant.parse("1899-12-31T12:00:00Z")),
                "at",
                "A check-in cannot be for a day before 1900-01-01; this one is for 1899-12-31.");
        rejected(
                person,
                CheckInRequest.of(" ", habit),
                "clientId",
                "A check-in needs a client id of 1 to 100 characters, so that a retry is recorded once; it had 0.");
        rejected(
                person,
                CheckInRequest.of("x".repeat(101), habit),
                "clientId",
                "A check-in needs a client id of 1 to 100 characters, so that a retry is recorded once; it had 101.");
        assertThat(stored(person.id())).isEmpty();
    }

    @Test
    void checkInForALaterDayIsRejected() {
        Person person = newPerson();
        HabitId habit = habit(person).id();

        // 00:30 on the 11th in Berlin: tomorrow for a day that starts at midnight.
        rejected(
                person,
                CheckInRequest.of("future", habit).at(Instant.parse("2025-03-10T23:30:00Z")),
                "at",
                "A check-in cannot be for a later day than today (2025-03-10); this one is for 2025-03-11.");
        assertThat(stored(person.id())).isEmpty();

        // Later today is fine, and so is any earlier day.
        record(person.id(), CheckInRequest.of("tonight", habit).at(Instant.parse("2025-03-10T22:30:00Z")));
        record(person.id(), CheckInRequest.of("last-year", habit).at(Instant.parse("2024-03-10T08:00:00Z")));
        assertThat(stored(person.id())).extracting(r -> r.checkIn().clientId()).containsExactly("last-year", "tonight");
    }

    @Test
    void unknownOrAnotherPersonsHabitIsNotFoundAndNothingIsWritten() {
        Person person = newPerson();
        Person other = newPerson();
        HabitId othersHabit = habit(other).id();

        assertThatThrownBy(() -> record(person.id(), CheckInRequest.of("x", othersHabit)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no habit " + othersHabit);
        assertThatThrownBy(() -> record(person.id(), CheckInRequest.of("y", new HabitId(987_654))))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no habit 987654");
        assertThat(stored(person.id())).isEmpty();
        assertThat(stored(other.id())).isEmpty();
    }

    @Test
    void anotherPersonsCheckInIsIndistinguishableFromAnUnknownOne() {
        Person owner = newPerson();
        Person other = newPerson();
        RecordedCheckIn recorded =
                record(owner.id(), CheckInRequest.of("mine", habit(owner).id()));
        HabitId othersHabit = habit(other).id();

        for (CheckInId id : List.of(recorded.id(), new CheckInId(987_654))) {
            assertThatThrownBy(() -> checkIns().get(other.id(), id))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("no check-in " + id);
            assertThatThrownBy(() -> checkIns().edit(other.id(), id, CheckInRequest.of("x", othersHabit)))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("no check-in " + id);
            assertThatThrownBy(() -> checkIns().delete(other.id(), id))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("no check-in " + id);
        }
        assertThat(checkIns().undoLast(other.id())).isEmpty();
        assertThat(stored(owner.id())).containsExactly(recorded);
    }

    @Test
    void editReplacesTheValuesAndKeepsIdAndClientId() {
        Person person = newPerson();
        Habit neck = habit(person);
        Habit plank = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        RecordedCheckIn recorded =
                record(person.id(), CheckInRequest.of("c-edit", neck.id()).tightness(6, 4));

        RecordedCheckIn edited = checkIns()
                .edit(
                        person.id(),
                        recorded.id(),
                        CheckInRequest.from(recorded.checkIn())
                                .habit(plank.id())
                                .tightness(6, null)
                                .note("held 40 s")
                                .at(Instant.parse("2025-03-09T07:00:00Z")));

        assertThat(edited.id()).isEqualTo(recorded.id());
        assertThat(edited.checkIn())
                .isEqualTo(new CheckIn(
                        "c-edit",
                        plank.id(),
                        Instant.parse("2025-03-09T07:00:00Z"),
                        1,
                        Optional.empty(),
                        Optional.of(Tightness.of(6)),
                        Optional.empty(),
                        "held 40 s",
                        Set.of()));
        assertThat(checkIns().get(person.id(), recorded.id())).isEqualTo(edited);
    }

    @Test
    void badEditChangesNothing() {
        Person person = newPerson();
        Person other = newPerson();
        RecordedCheckIn recorded =
                record(person.id(), CheckInRequest.of("c-keep", habit(person).id()));
        CheckInRequest base = CheckInRequest.from(recorded.checkIn());

        assertThatThrownBy(() -> checkIns().edit(person.id(), recorded.id(), base.tightness(12, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Tightness before goes from 0 (loose) to 10 (very tight), not 12.");
        assertThatThrownBy(() -> checkIns()
                        .edit(
                                person.id(),
                                recorded.id(),
                                base.habit(habit(other).id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(checkIns().get(person.id(), recorded.id())).isEqualTo(recorded);
    }

    @Test
    void deletedCheckInIsGone() {
        Person person = newPerson();
        HabitId habit = habit(person).id();
        RecordedCheckIn kept = record(person.id(), CheckInRequest.of("keep", habit));
        RecordedCheckIn deleted = record(person.id(), CheckInRequest.of("delete", habit));

        checkIns().delete(person.id(), deleted.id());

        assertThat(stored(person.id())).containsExactly(kept);
        assertThatThrownBy(() -> checkIns().get(person.id(), deleted.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void undoRemovesTheCheckInRecordedLastEvenWhenBackDated() {
        Person person = newPerson();
        HabitId habit = habit(person).id();
        RecordedCheckIn today = record(person.id(), CheckInRequest.of("today", habit));
        clock.advance(Duration.ofMinutes(1));
        RecordedCheckIn yesterday = record(
                person.id(), CheckInRequest.of("yesterday", habit).at(TestClock.DEFAULT_NOW.minus(Duration.ofDays(1))));

        assertThat(checkIns().undoLast(person.id())).contains(yesterday);
        assertThat(checkIns().undoLast(person.id())).contains(today);
        assertThat(checkIns().undoLast(person.id())).isEmpty();
        assertThat(bean(CheckInHistory.class).any(person.id())).isFalse();
    }

    @Test
    void listingFollowsThePersonsDaysAndDayStart() {
        Person person = bean(PersonService.class).changeCalendar(newPerson().id(), "Europe/Berlin", "04:00");
        HabitId neck = habit(person).id();
        HabitId plank = bean(HabitService.class)
                .create(person.id(), NewHabit.technique(TestPlugin.PLANK))
                .id();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        clock.set(ZonedDateTime.of(2025, 3, 10, 12, 0, 0, 0, berlin));
        RecordedCheckIn lateOnSunday = record(
                person.id(),
                CheckInRequest.of("late", neck)
                        .at(ZonedDateTime.of(2025, 3, 10, 1, 30, 0, 0, berlin).toInstant()));
        RecordedCheckIn mondayMorning = record(
                person.id(),
                CheckInRequest.of("morning", plank)
                        .at(ZonedDateTime.of(2025, 3, 10, 4, 0, 0, 0, berlin).toInstant()));
        RecordedCheckIn sundayNoon = record(
                person.id(),
                CheckInRequest.of("noon", neck)
                        .at(ZonedDateTime.of(2025, 3, 9, 12, 0, 0, 0, berlin).toInstant()));

        assertThat(checkIns().list(person.id(), new DateRange(TODAY.minusDays(1), TODAY.minusDays(1))))
                .containsExactly(sundayNoon, lateOnSunday);
        assertThat(checkIns().list(person.id(), new DateRange(TODAY, TODAY))).containsExactly(mondayMorning);
        assertThat(checkIns().list(person.id(), neck, new DateRange(TODAY.minusDays(7), TODAY)))
                .containsExactly(sundayNoon, lateOnSunday);
        assertThat(stored(person.id()).stream()
                        .filter(each -> each.checkIn().habit().equals(plank))
                        .toList())
                .containsExactly(mondayMorning);

        // At 01:30 on Tuesday it is still Monday: not a later day.
        record(
                person.id(),
                CheckInRequest.of("very-late", neck)
                        .at(ZonedDateTime.of(2025, 3, 11, 1, 30, 0, 0, berlin).toInstant()));
        assertThat(checkIns().list(person.id(), new DateRange(TODAY, TODAY))).hasSize(2);
    }

    @Test
    void checkInsInTheRepeatedHourOfADaylightSavingChangeKeepTheirInstant() {
        Person person = bean(PersonService.class).changeCalendar(newPerson().id(), "America/New_York", "00:00");
        HabitId habit = habit(person).id();
        clock.set(Instant.parse("2024-11-03T20:00:00Z"));
        // 01:30 happens twice in New York on 2024-11-03: first in daylight time, then in standard time.
        Instant firstHalfPastOne = Instant.parse("2024-11-03T05:30:00Z");
        Instant secondHalfPastOne = Instant.parse("2024-11-03T06:30:00Z");

        RecordedCheckIn first =
                record(person.id(), CheckInRequest.of("edt", habit).at(firstHalfPastOne));
        RecordedCheckIn second =
                record(person.id(), CheckInRequest.of("est", habit).at(secondHalfPastOne));

        assertThat(checkIns().get(person.id(), first.id()).checkIn().at()).isEqualTo(firstHalfPastOne);
        assertThat(checkIns().get(person.id(), second.id()).checkIn().at()).isEqualTo(secondHalfPastOne);
        LocalDate fallBack = LocalDate.of(2024, 11, 3);
        assertThat(checkIns().list(person.id(), new DateRange(fallBack, fallBack)))
                .containsExactly(first, second);
        assertThat(checkIns().list(person.id(), new DateRange(fallBack.minusDays(1), fallBack.minusDays(1))))
                .isEmpty();
    }

    private void rejected(Person person, CheckInRequest request, String field, String message) {
        ThrowingCallable call = () -> checkIns().record(person.id(), request);
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo(field);
    }
}
