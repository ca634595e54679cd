package dev.unknot.store.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.store.NotFoundException;
import dev.unknot.store.checkin.CheckInRequest;
import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.habit.NewHabit;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.testing.StoreTest;
import dev.unknot.store.testing.TestPlugin;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class AdviceServiceTests extends StoreTest {

    AdviceService advice() {
        return bean(AdviceService.class);
    }

    @Test
    void redFlagInTheLastWeekCallsForASpecialistWhileABrokenRuleIsSkipped() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        bean(CheckInService.class)
                .record(
                        person.id(),
                        CheckInRequest.of(habit.id())
                                .at(clock.instant().minus(Duration.ofDays(2)))
                                .symptoms(Set.of(Symptom.NUMBNESS)));

        assertThat(advice().advice(person.id()))
                .containsExactly(new Advisory(
                        TestPlugin.RED_FLAGS,
                        Advisory.Severity.URGENT,
                        "See a specialist",
                        "You reported a red flag this week."));
    }

    @Test
    void habitsReadByTheCallerGiveTheSameAdvice() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        bean(CheckInService.class)
                .record(
                        person.id(),
                        CheckInRequest.of(habit.id())
                                .at(clock.instant().minus(Duration.ofDays(1)))
                                .symptoms(Set.of(Symptom.PAIN)));

        assertThat(advice().advice(person, bean(HabitService.class).listAll(person.id())))
                .isEqualTo(advice().advice(person.id()))
                .extracting(Advisory::severity)
                .containsExactly(Advisory.Severity.URGENT);
    }

    @Test
    void noAdviceWithoutRedFlagsOrForAnOldOne() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        bean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).tightness(4, 2));
        bean(CheckInService.class)
                .record(
                        person.id(),
                        CheckInRequest.of(habit.id())
                                .at(Instant.parse("2025-02-01T10:00:00Z"))
                                .symptoms(Set.of(Symptom.PAIN)));

        assertThat(advice().advice(person.id())).isEmpty();
    }

    @Test
    void unknownPersonIsNotFound() {
        assertThatThrownBy(() -> advice().advice(new PersonId(987_654))).isInstanceOf(NotFoundException.class);
    }
}
