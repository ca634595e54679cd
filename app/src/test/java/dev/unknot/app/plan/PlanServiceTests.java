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
import dev.unknot.wire.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                .hasValueSatisfying(routine -> assertThat(routine.id().value()).isEqualTo(TestPlugin.DESK_BREAK));
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

        AppliedPlan applied = plans().apply(person.id(), plans().propose(DESK_WORKER));

        assertThat(applied.alreadyKept()).containsExactly(neck);
        assertThat(applied.created())
                .extracting(Habit::name)
                .containsExactlyInAnyOrder("Walk every hour", "Plank three times a week", "Desk break");
        assertThat(habits().list(person.id())).hasSize(4).doesNotContain(archivedWalk);
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
        Plan broken = new Plan(
                valid.causes(), List.of(valid.habits().get(0), valid.habits().get(1), gone), valid.routine());

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
                        new Plan(Map.of(Cause.DEHYDRATION_OR_POOR_NUTRITION, 1.0), List.of(water), Optional.empty()));

        assertThat(applied.created()).extracting(Habit::metric).containsExactly(Metric.measured("glasses", 8));
        assertThat(habits().detailsOfAll(person.id()))
                .extracting(HabitDetails::template)
                .containsExactly(Optional.of(TemplateId.of(TestPlugin.WATER)));
    }
}
