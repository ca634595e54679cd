package dev.unknot.app.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.RedFlags;
import dev.unknot.core.advice.SafetyScreen;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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
                .extracting(Advisory::rule, Advisory::severity, Advisory::title)
                .containsExactly(
                        tuple(TestPlugin.RED_FLAGS, Advisory.Severity.URGENT, "See a specialist"),
                        tuple(RedFlags.RULE, Advisory.Severity.CAUTION, "Worth checking with a doctor"));
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
                .containsExactly(Advisory.Severity.URGENT, Advisory.Severity.CAUTION);
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

    @Test
    void goodToKnowAdviceIsShownAfterTheMoreUrgent() {
        Person person = newPerson();
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        bean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).note(TestPlugin.ASK_FOR_A_TIP));
        bean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).symptoms(Set.of(Symptom.PAIN)));

        assertThat(advice().advice(person.id()))
                .extracting(Advisory::rule, Advisory::severity)
                .containsExactly(
                        tuple(TestPlugin.RED_FLAGS, Advisory.Severity.URGENT),
                        tuple(RedFlags.RULE, Advisory.Severity.CAUTION),
                        tuple(TestPlugin.TIP, Advisory.Severity.INFO));
    }

    @Test
    void everySeverityIsShownMostUrgentFirstAndUnderOneLabel() {
        Advisory info = new Advisory("a/info", Advisory.Severity.INFO, "Info", "Good to know.");
        Advisory caution = new Advisory("a/caution", Advisory.Severity.CAUTION, "Caution", "Take care.");
        Advisory urgent = new Advisory("a/urgent", Advisory.Severity.URGENT, "Urgent", "Act now.");
        Advisory secondInfo = new Advisory("b/info", Advisory.Severity.INFO, "Info", "Also good to know.");
        Advisory emergency = new Advisory("a/emergency", Advisory.Severity.EMERGENCY, "Emergency", "Go now.");

        assertThat(AdviceService.shown(List.of(info, caution, secondInfo, urgent, emergency)))
                .containsExactly(emergency, urgent, caution, info, secondInfo);
        assertThat(Arrays.stream(Advisory.Severity.values()).map(AdviceService::label))
                .containsExactly("Good to know", "Take care", "Act now", "Emergency");
    }

    @Test
    void aRuleThatThrowsDegradesItsPluginWithOneWarningLineForManyFailures() {
        Logger logger = (Logger) LoggerFactory.getLogger(AdviceRules.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        // A context of its own, so that no other test has met the broken rule in it before.
        try (ApplicationContext fresh = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            AdviceService advice = fresh.getBean(AdviceService.class);
            Person person = fresh.getBean(PersonService.class).createAccount("degraded-" + System.nanoTime(), "{x}");

            advice.advice(person.id());
            advice.advice(person.id());
            advice.advice(person.id());

            assertThat(fresh.getBean(PluginHealth.class).degraded())
                    .containsExactly(Map.entry(
                            "testkit",
                            "advice rule 'testkit/broken' failed: IllegalStateException: this rule is broken"));
        } finally {
            logger.detachAppender(events);
            logger.setLevel(level);
        }
        List<ILoggingEvent> warnings = events.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .toList();
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.getFormattedMessage())
                    .isEqualTo("Plugin testkit is degraded: advice rule 'testkit/broken' failed:"
                            + " IllegalStateException: this rule is broken; its rule is skipped, everything else"
                            + " still works (the stack trace is logged at debug level, or with --verbose)")
                    .doesNotContain("\n");
            assertThat(warning.getThrowableProxy()).isNull();
        });
        assertThat(events.list.stream().filter(event -> event.getLevel() == Level.DEBUG))
                .hasSize(3)
                .allSatisfy(debug -> assertThat(debug.getThrowableProxy()).isNotNull());
    }

    @Test
    void theSafetyScreenIsOfferedOnceItsAnswersAreKeptAndFeedTheRedFlags() {
        Person person = newPerson();
        SafetyScreens screens = bean(SafetyScreens.class);
        assertThat(screens.state(person.id())).isEqualTo(new SafetyScreens.State(true, Optional.empty()));

        screens.putOff(person.id());
        assertThat(screens.state(person.id())).isEqualTo(new SafetyScreens.State(false, Optional.empty()));
        assertThat(advice().advice(person.id())).isEmpty();

        screens.answer(person.id(), Set.of(Symptom.CANCER));
        assertThat(screens.answers(person.id())).map(SafetyScreen::yes).contains(Set.of(Symptom.CANCER));
        assertThat(advice().advice(person.id()))
                .extracting(Advisory::severity, Advisory::title)
                .containsExactly(tuple(Advisory.Severity.CAUTION, "Worth checking with a doctor"));

        // Taken again: the new answers replace the old ones; putting it off now keeps them.
        screens.answer(person.id(), Set.of(Symptom.BLADDER_BOWEL, Symptom.FEVER, Symptom.AGE));
        screens.putOff(person.id());
        assertThat(screens.state(person.id()).toOffer()).isFalse();
        assertThat(advice().advice(person.id()))
                .extracting(Advisory::severity, Advisory::title)
                .containsExactly(
                        tuple(Advisory.Severity.EMERGENCY, "Seek emergency care now"),
                        tuple(Advisory.Severity.URGENT, "See a doctor soon"));

        screens.answer(person.id(), Set.of());
        assertThat(advice().advice(person.id())).isEmpty();
        assertThat(screens.answers(person.id())).map(SafetyScreen::taken).contains(clock.instant());
    }

    @Test
    void theScreenRefusesWhatItDoesNotAskAndUnknownPeople() {
        Person person = newPerson();
        SafetyScreens screens = bean(SafetyScreens.class);

        assertThatThrownBy(() -> screens.answer(person.id(), Set.of(Symptom.PAIN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("yes must be among ")
                .hasMessageEndingWith(", was 'pain'");
        assertThatThrownBy(() -> screens.state(new PersonId(987_654))).isInstanceOf(NotFoundException.class);
        assertThat(screens.state(person.id()).toOffer()).isTrue();
    }

    @Test
    void aPluginIsHealthyUntilItsCodeFails() {
        assertThat(new PluginHealth().degraded("testkit")).isEmpty();
    }
}
