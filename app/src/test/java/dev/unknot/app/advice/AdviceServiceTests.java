package dev.unknot.app.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.wire.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class AdviceServiceTests extends AppTest {

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
