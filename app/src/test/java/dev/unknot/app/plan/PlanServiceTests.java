package dev.unknot.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.plan.Assessment;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.PlanItem;
import dev.unknot.wire.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class PlanServiceTests extends AppTest {

    /** Nine hours at a desk, stressed, no strength work, slouching, no strain, plenty of water. */
    static final Assessment DESK_WORKER = new Assessment(9, 7, 0, true, false, 8);

    PlanService plans() {
        return bean(PlanService.class);
    }

    HabitService habits() {
        return bean(HabitService.class);
    }

    @Test
    void proposalComesFromTheLoadedPluginsForTheHeaviestCauses() {
        Plan plan = plans().propose(DESK_WORKER);

        assertThat(plan.causes().keySet())
                .containsExactly(Cause.POOR_POSTURE, Cause.LACK_OF_MOVEMENT, Cause.MUSCLE_IMBALANCE, Cause.STRESS);
        assertThat(plan.habits())
                .extracting(template -> template.id().value())
                .containsExactlyInAnyOrder(
                        TestPlugin.DAILY_NECK_ROLL, TestPlugin.HOURLY_WALK, TestPlugin.PLANK_THREE_TIMES);
        assertThat(plan.routine())
                .hasValueSatisfying(routine -> assertThat(routine.id()).isEqualTo(TestPlugin.DESK_BREAK));
        // The neck roll answers posture and stress at once, and says so.
        assertThat(plan.item(TestPlugin.DAILY_NECK_ROLL).orElseThrow().reason())
                .isEqualTo("You often slouch or crane at a screen; your stress is 7 out of 10 on most days.");
        assertThat(plan.item(TestPlugin.HOURLY_WALK).orElseThrow().reason()).isEqualTo("You sit 9 hours a day.");
    }

    @Test
    void applyingCreatesTheHabitsAndTheRoutineThenLeavesThemAlone() {
        Person person = newPerson();
        Plan plan = plans().propose(DESK_WORKER);

        AppliedPlan first = plans().apply(person.id(), plan);
        AppliedPlan second = plans().apply(person.id(), plan);

        assertThat(first.created()).hasSize(4);
        assertThat(first.alreadyKept()).isEmpty();
        List<Optional<TemplateId>> expected = new java.util.ArrayList<>();
        plan.habits().forEach(template -> expected.add(Optional.of(template.id())));
        expected.add(Optional.empty());
        assertThat(habits().detailsOfAll(person.id()))
                .extracting(HabitDetails::template)
                .containsExactlyElementsOf(expected);
        assertThat(first.created().get(3).target()).isEqualTo(HabitTarget.routine(TestPlugin.DESK_BREAK));
        assertThat(second.created()).isEmpty();
        assertThat(second.alreadyKept()).containsExactlyElementsOf(first.created());
        assertThat(habits().listAll(person.id())).hasSize(4);
    }

    @Test
    void habitsAlreadyKeptFromTheSameTemplateAreNotAddedAgain() {
        Person person = newPerson();
        Habit neck = habits().create(
                        person.id(),
                        NewHabit.fromTemplate(TestPlugin.DAILY_NECK_ROLL).named("Mine"));
        Habit archivedWalk = habits().archive(
                        person.id(),
                        habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.HOURLY_WALK))
                                .id());

        Plan plan = plans().propose(DESK_WORKER);

        assertThat(plans().existing(person.id(), plan))
                .containsOnly(
                        Map.entry(TestPlugin.DAILY_NECK_ROLL, neck), Map.entry(TestPlugin.HOURLY_WALK, archivedWalk));
        AppliedPlan applied = plans().apply(person.id(), plan);

        // The neck roll is kept under another name; the archived walk has the walk's name.
        assertThat(applied.alreadyKept()).containsExactly(neck, archivedWalk);
        assertThat(applied.skipped())
                .extracting(skipped -> skipped.item().id())
                .containsExactly(TestPlugin.DAILY_NECK_ROLL, TestPlugin.HOURLY_WALK);
        assertThat(applied.created()).extracting(Habit::name).containsExactly("Plank three times a week", "Desk break");
        assertThat(habits().listAll(person.id())).hasSize(4);
    }

    @Test
    void aHabitOfTheSameNameIsNeverCreatedTwiceWhateverItDoes() {
        Person person = newPerson();
        Habit mine =
                habits().create(person.id(), NewHabit.custom("Hold a plank").named("  plank THREE times a week "));
        Habit desk = habits().create(person.id(), NewHabit.custom("Stand up").named("Desk break"));

        AppliedPlan applied = plans().apply(person.id(), plans().propose(DESK_WORKER));

        assertThat(applied.skipped())
                .extracting(skipped -> skipped.item().name(), AppliedPlan.Skipped::existing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Plank three times a week", mine),
                        org.assertj.core.groups.Tuple.tuple("Desk break", desk));
        assertThat(habits().listAll(person.id()))
                .extracting(habit -> habit.name().strip().toLowerCase())
                .doesNotHaveDuplicates()
                .hasSize(4);
    }

    @Test
    void aShapedPlanCreatesOnlyWhatIsTickedOnTheSchedulesChosen() {
        Person person = newPerson();
        Schedule mondaysAndThursdays = Schedule.on(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY);
        Plan plan = plans().shape(
                        plans().propose(DESK_WORKER),
                        Set.of(TestPlugin.HOURLY_WALK, TestPlugin.DESK_BREAK),
                        Map.of(TestPlugin.PLANK_THREE_TIMES, mondaysAndThursdays));

        AppliedPlan applied = plans().apply(person.id(), plan);

        assertThat(applied.created())
                .extracting(Habit::name, Habit::schedule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Daily neck roll", Schedule.daily()),
                        org.assertj.core.groups.Tuple.tuple("Plank three times a week", mondaysAndThursdays));
        assertThatThrownBy(() -> plans().shape(plan, Set.of("testkit/nope"), Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("untick"))
                .hasMessage("'testkit/nope' is not in the plan");
        assertThatThrownBy(() -> plans().shape(plan, Set.of(), Map.of(TestPlugin.HOURLY_WALK, Schedule.daily())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("schedules"));
    }

    @Test
    void answersAreRememberedPerPersonAndReplacedByTheNextOnes() {
        Person person = newPerson();
        Person other = newPerson();
        assertThat(plans().answers(person.id())).isEmpty();

        plans().propose(person.id(), DESK_WORKER);
        Assessment calmer = new Assessment(5, 2, 3, false, true, 3);
        plans().propose(other.id(), calmer);

        assertThat(plans().answers(person.id()))
                .hasValueSatisfying(
                        remembered -> assertThat(remembered.answers()).isEqualTo(DESK_WORKER));
        plans().propose(person.id(), calmer);
        assertThat(plans().answers(person.id()))
                .hasValueSatisfying(
                        remembered -> assertThat(remembered.answers()).isEqualTo(calmer));
        assertThat(plans().answers(other.id()))
                .hasValueSatisfying(
                        remembered -> assertThat(remembered.answers()).isEqualTo(calmer));
    }

    @Test
    void planWithATemplateNoPluginOffersCreatesNothing() {
        Person person = newPerson();
        HabitTemplate gone = HabitTemplate.of(
                "yoga/daily-flow",
                "Daily flow",
                "Gone with its plugin.",
                HabitTarget.custom("Flow"),
                Schedule.daily(),
                Metric.yesNo());
        Plan valid = plans().propose(DESK_WORKER);
        List<PlanItem> items = new java.util.ArrayList<>(valid.items());
        items.add(2, PlanItem.of(gone, List.of(), "Gone."));
        Plan broken = new Plan(valid.causes(), items);

        assertThatThrownBy(() -> plans().apply(person.id(), broken))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no loaded plugin offers the habit template 'yoga/daily-flow'");
        assertThat(habits().listAll(person.id())).isEmpty();
    }

    @Test
    void planWithoutARoutineCreatesOnlyItsHabits() {
        Person person = newPerson();
        HabitTemplate water = bean(dev.unknot.core.plugin.Library.class)
                .habitTemplate(TemplateId.of(TestPlugin.WATER))
                .orElseThrow();

        AppliedPlan applied = plans().apply(
                        person.id(),
                        new Plan(
                                Map.of(Cause.DEHYDRATION_OR_POOR_NUTRITION, 1.0),
                                List.of(PlanItem.of(water, List.of(Cause.DEHYDRATION_OR_POOR_NUTRITION), "Water."))));

        assertThat(applied.created()).extracting(Habit::metric).containsExactly(Metric.measured("glasses", 8));
        assertThat(habits().detailsOfAll(person.id()))
                .extracting(HabitDetails::template)
                .containsExactly(Optional.of(TemplateId.of(TestPlugin.WATER)));
    }
}
