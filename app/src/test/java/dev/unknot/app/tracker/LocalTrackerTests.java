package dev.unknot.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.wire.checkin.AdvisoryEntry;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.PauseBody;
import dev.unknot.wire.habit.ResumeBody;
import dev.unknot.wire.habit.SkipBody;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plugins.LoadedPluginEntry;
import dev.unknot.wire.settings.SettingsChange;
import dev.unknot.wire.stats.Stats;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's tracker on the real store, here an embedded H2 database in a temporary home. */
class LocalTrackerTests {

    @TempDir
    Path home;

    ApplicationContext context;
    LocalTracker tracker;

    /** The store's settings: an H2 file under {@code unknot.home} unless overridden. */
    protected Map<String, Object> settings(Path home) {
        return Map.of(
                "unknot.home",
                home.toString(),
                "unknot.plugins-dir",
                home.resolve("plugins").toString());
    }

    @BeforeEach
    void start() {
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(settings(home))
                .start();
        tracker = tracker(context);
        tracker.changeSettings(new SettingsChange("UTC", null));
    }

    /** The tracker the tests use: the local person's, as the CLI's. */
    protected LocalTracker tracker(ApplicationContext context) {
        return context.getBean(LocalTrackers.class).forLocalPerson();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private HabitEntry catCow() {
        return tracker.addHabit(new NewHabitBody("technique", TestPlugin.NECK_ROLL, null, null, null, null, null));
    }

    private static CheckInBody checkIn(String clientId, HabitEntry habit, Integer before) {
        return new CheckInBody(clientId, habit.id(), null, null, null, before, 2, "stiff", List.of());
    }

    @Test
    void aCheckInIsRecordedOnceWhateverTheRetries() {
        HabitEntry habit = catCow();

        CheckInResult first = tracker.checkIn(checkIn("retry-1", habit, 6));
        CheckInResult again = tracker.checkIn(checkIn("retry-1", habit, 6));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.recorded().checkIn()).isEqualTo(first.recorded().checkIn());
        assertThat(first.recorded().streak().current()).isEqualTo(1);
        LocalDate today = LocalDate.parse(tracker.today().day());
        assertThat(tracker.checkIns(today, today, Optional.empty()).checkIns()).hasSize(1);
    }

    @Test
    void goodToKnowAdviceReachesTheCheckInsAnswerAndTheAdviceAsEveryFrontEndShowsIt() {
        HabitEntry habit = catCow();

        CheckInResult tip = tracker.checkIn(
                new CheckInBody("tip-1", habit.id(), null, null, null, null, null, TestPlugin.ASK_FOR_A_TIP, null));

        assertThat(tip.recorded().advice())
                .extracting(AdvisoryEntry::rule, AdvisoryEntry::severity)
                .containsExactly(tuple(TestPlugin.TIP, "info"));
        assertThat(tracker.advice().advice()).isEqualTo(tip.recorded().advice());
    }

    @Test
    void pluginsShowAPluginWhoseAdviceRuleThrowsAsDegradedWithTheReason() {
        LoadedPluginEntry testkit = tracker.plugins().plugins().stream()
                .filter(plugin -> plugin.id().equals("testkit"))
                .findFirst()
                .orElseThrow();

        assertThat(testkit.health()).isEqualTo("degraded");
        assertThat(testkit.reason())
                .isEqualTo("advice rule 'testkit/broken' failed: IllegalStateException: this rule is broken");
        assertThat(tracker.plugins().plugins())
                .filteredOn(plugin -> !plugin.id().equals("testkit"))
                .allSatisfy(plugin -> {
                    assertThat(plugin.health()).isEqualTo("ok");
                    assertThat(plugin.reason()).isNull();
                });
    }

    @Test
    void theSameClientIdWithOtherValuesIsAConflict() {
        HabitEntry habit = catCow();
        tracker.checkIn(checkIn("c-1", habit, 6));

        assertThatThrownBy(() -> tracker.checkIn(checkIn("c-1", habit, 7)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("c-1");
    }

    @Test
    void aRetryMayLeaveOutWhatItSaidBeforeButNotChangeIt() {
        HabitEntry habit = catCow();
        CheckInEntry first =
                tracker.checkIn(checkIn("short", habit, 6)).recorded().checkIn();

        CheckInResult shorter =
                tracker.checkIn(new CheckInBody("short", habit.id(), null, null, null, null, null, null, null));

        assertThat(shorter.created()).isFalse();
        assertThat(shorter.recorded().checkIn()).isEqualTo(first);
        assertThatThrownBy(() -> tracker.checkIn(
                        new CheckInBody("short", habit.id(), null, null, null, null, null, "other words", null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        tracker.checkIn(new CheckInBody("short", habit.id(), null, 3.0, null, null, null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCheckInNeedsAClientIdAndAHabitOfTheOwnersOwn() {
        HabitEntry habit = catCow();

        assertThatThrownBy(() -> tracker.checkIn(checkIn(" ", habit, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("clientId"));
        assertThatThrownBy(() -> tracker.checkIn(new CheckInBody("c", "999", null, null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMeasuredHabitCountsItsDailyTargetWhenNoAmountIsGiven() {
        HabitEntry water = tracker.addHabit(new NewHabitBody(
                "custom", null, "Drink water", null, new MetricEntry("measured", "glasses", 8.0), null, null));

        CheckInEntry entry = tracker.checkIn(new CheckInBody("w", water.id(), null, null, null, null, null, null, null))
                .recorded()
                .checkIn();

        assertThat(entry.amount()).isEqualTo(8.0);
    }

    @Test
    void editKeepsTheTimeDeleteAndUndoRemove() {
        HabitEntry habit = catCow();
        CheckInEntry recorded = tracker.checkIn(
                        new CheckInBody("e", habit.id(), "2025-03-01T08:30:00Z", null, null, 5, null, null, null))
                .recorded()
                .checkIn();

        CheckInEntry edited = tracker.editCheckIn(
                recorded.id(), new CheckInBody(null, habit.id(), null, null, 600L, 5, 2, "better", null));

        assertThat(edited.at()).isEqualTo("2025-03-01T08:30:00Z");
        assertThat(edited.clientId()).isEqualTo("e");
        assertThat(edited.after()).isEqualTo(2);
        assertThat(tracker.checkInById(recorded.id()).note()).isEqualTo("better");

        tracker.checkIn(checkIn("later", habit, null));
        assertThat(tracker.undoCheckIn().removed().clientId()).isEqualTo("later");
        tracker.deleteCheckIn(recorded.id());
        assertThatThrownBy(() -> tracker.checkInById(recorded.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.undoCheckIn().removed()).isNull();
    }

    @Test
    void anotherPersonSeesNothingOfTheFirstOnesData() {
        HabitEntry habit = catCow();
        CheckInEntry entry =
                tracker.checkIn(checkIn("mine", habit, null)).recorded().checkIn();
        Person other = context.getBean(PersonService.class).createAccount("other", "not-a-real-hash");
        LocalTracker theirs = context.getBean(LocalTrackers.class).forPerson(other.id());

        assertThat(theirs.habits(true).habits()).isEmpty();
        assertThatThrownBy(() -> theirs.habit(habit.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> theirs.checkInById(entry.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> theirs.deleteCheckIn(entry.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> theirs.checkIn(checkIn("theirs", habit, null))).isInstanceOf(NotFoundException.class);
        assertThat(tracker.checkInById(entry.id()).clientId()).isEqualTo("mine");
    }

    @Test
    void habitsAreEditedSkippedPausedAndArchived() {
        HabitEntry habit = catCow();

        assertThat(tracker.editHabit(habit.id(), new HabitChangesBody("Morning cat-cow", null, null, null))
                        .name())
                .isEqualTo("Morning cat-cow");
        assertThatThrownBy(() -> tracker.editHabit(habit.id(), new HabitChangesBody(null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(tracker.skipHabit(habit.id(), new SkipBody(null)).day())
                .isEqualTo(tracker.today().day());
        assertThat(tracker.unskipHabit(habit.id(), new SkipBody(null)).wasSkipped())
                .isTrue();
        assertThat(tracker.unskipHabit(habit.id(), new SkipBody(null)).wasSkipped())
                .isFalse();
        assertThat(tracker.pauseAll(new PauseBody("2030-01-01", "2030-01-05")).habits())
                .hasSize(1);
        assertThat(tracker.resumeHabit(habit.id(), new ResumeBody("2030-01-03")).habits())
                .hasSize(1);
        assertThat(tracker.resumeAll(new ResumeBody("2030-01-03")).habits())
                .as("resumed already")
                .isEmpty();
        assertThatThrownBy(() -> new ResumeBody("soon")).isInstanceOf(InvalidInputException.class);
        assertThat(tracker.archiveHabit(habit.id()).status()).isEqualTo("archived");
        assertThat(tracker.habits(false).habits()).isEmpty();
        assertThat(tracker.habits(true).habits()).hasSize(1);
    }

    @Test
    void progressTakesOneToFiftyTwoWeeks() {
        HabitEntry habit = catCow();
        tracker.checkIn(checkIn("p", habit, 6));

        Stats stats = tracker.progress(habit.id(), 4);
        assertThat(stats.habits()).hasSize(1);
        assertThat(stats.habits().get(0).streak().current()).isEqualTo(1);
        assertThatThrownBy(() -> tracker.progress(53))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Progress shows 1 to 52 weeks, not 53."));
    }

    @Test
    void aPlanFromWeightsIsProposedThenAppliedOnce() {
        AssessmentBody weights = AssessmentBody.weighing(Map.of("lack-of-movement", 1.0, "poor-posture", 0.6));

        assertThat(tracker.proposePlan(weights).applied()).isNull();
        assertThat(tracker.applyPlan(weights).applied().created()).isNotEmpty();
        assertThat(tracker.applyPlan(weights).applied().created()).isEmpty();
    }

    @Test
    void theLibraryAnswersWithoutTouchingTheDatabaseAndUnknownIdsAreNotFound() {
        RoutineDetail routine = tracker.routine(TestPlugin.DESK_BREAK);

        assertThat(routine.steps()).isNotEmpty();
        assertThat(routine.steps().get(0).cue()).isNotBlank();
        assertThat(routine.steps().get(0).phases()).isNotEmpty();
        assertThatThrownBy(() -> tracker.technique("testkit/nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.technique("NOT AN ID")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.techniques(Optional.of("gravity"))).isInstanceOf(NotFoundException.class);
        assertThat(tracker.techniques(Optional.of("testkit")).techniques()).isNotEmpty();
    }
}
