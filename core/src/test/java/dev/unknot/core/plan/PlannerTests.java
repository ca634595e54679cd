package dev.unknot.core.plan;

import static dev.unknot.core.library.Cause.DEHYDRATION_OR_POOR_NUTRITION;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.MUSCLE_IMBALANCE;
import static dev.unknot.core.library.Cause.OVERUSE;
import static dev.unknot.core.library.Cause.POOR_POSTURE;
import static dev.unknot.core.library.Cause.STRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.unknot.core.Samples;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.plugin.Library;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTests {

    private static final Pillar MOVEMENT = Samples.pillar("movement");

    private static Technique technique(String id, Cause... causes) {
        return Technique.builder(id)
                .name("Technique " + id)
                .pillar("movement")
                .summary("Helps with " + id + ".")
                .steps("Do it.")
                .dose(Dose.minutes(2))
                .bodyAreas(BodyArea.LOWER_BACK)
                .causes(causes)
                .build();
    }

    private final Technique walk = technique("movement/walk", LACK_OF_MOVEMENT);
    private final Technique deskBreak = technique("movement/desk-break", LACK_OF_MOVEMENT, POOR_POSTURE);
    private final Technique chinTuck = technique("movement/chin-tuck", POOR_POSTURE);
    private final Technique box = technique("breathing/box", STRESS);
    private final Technique bodyScan = technique("breathing/body-scan", STRESS);
    private final Technique bridge = technique("strength/glute-bridge", MUSCLE_IMBALANCE);
    private final Technique formCheck = technique("strength/form-check", OVERUSE);
    private final Technique water = technique("care/water", DEHYDRATION_OR_POOR_NUTRITION);
    private final List<Technique> techniques =
            List.of(walk, deskBreak, chinTuck, box, bodyScan, bridge, formCheck, water);

    private final Routine deskReset = Samples.routine("movement/desk-reset", deskBreak, chinTuck);
    private final Routine windDown = Samples.routine("breathing/wind-down", box, bodyScan);

    private static HabitTemplate templateFor(Technique technique) {
        return Samples.template(
                technique.id().value(), HabitTarget.technique(technique.id().value()));
    }

    private Library library() {
        List<HabitTemplate> templates = new java.util.ArrayList<>(
                techniques.stream().map(PlannerTests::templateFor).toList());
        templates.add(Samples.template("care/write-it-down", HabitTarget.custom("Write down what helped")));
        return Library.of(List.of(MOVEMENT), techniques, List.of(deskReset, windDown), templates);
    }

    private static List<String> ids(Plan plan) {
        return plan.habits().stream()
                .map(HabitTemplate::id)
                .map(TemplateId::value)
                .toList();
    }

    @Test
    void heavySittingAndStressBringMovementAndStressHabitsFirst() {
        // Ten hours sitting, stress 9, three strength sessions, upright, no strain, eight glasses.
        Plan plan = Planner.propose(new Assessment(10, 9, 3, false, false, 8), library());

        assertThat(plan.causes())
                .containsExactly(entry(LACK_OF_MOVEMENT, 1.0), entry(STRESS, 0.9), entry(POOR_POSTURE, 0.6));
        // Lack of movement: the desk break also helps posture, so it outweighs the walk.
        // Stress: box breathing and the body scan tie, so the first id wins.
        assertThat(ids(plan)).containsExactly("movement/desk-break", "breathing/body-scan", "movement/chin-tuck");
        assertThat(plan.routine()).contains(deskReset);
    }

    @Test
    void everyCauseAtOnceGivesAtMostFiveHabitsEachOnce() {
        Plan plan = Planner.propose(new Assessment(10, 8, 0, true, true, 0), library());

        // Heaviest first; on equal weight, in the order causes are declared.
        assertThat(plan.causes().keySet())
                .containsExactly(
                        POOR_POSTURE,
                        LACK_OF_MOVEMENT,
                        DEHYDRATION_OR_POOR_NUTRITION,
                        MUSCLE_IMBALANCE,
                        STRESS,
                        OVERUSE);
        assertThat(ids(plan))
                .hasSize(Planner.MAX_HABITS)
                .doesNotHaveDuplicates()
                .containsExactly(
                        "movement/desk-break",
                        "movement/walk",
                        "care/water",
                        "strength/glute-bridge",
                        "breathing/body-scan");
    }

    @Test
    void noCauseAtAllGivesAGentleMaintenancePlan() {
        Plan plan = Planner.propose(new Assessment(4, 3, 3, false, false, 8), library());

        assertThat(plan.causes().keySet()).containsExactly(Cause.values());
        assertThat(plan.causes().values()).containsOnly(0.2);
        assertThat(ids(plan))
                .containsExactly(
                        "movement/desk-break",
                        "movement/walk",
                        "strength/glute-bridge",
                        "breathing/body-scan",
                        "strength/form-check");
        assertThat(plan.routine()).contains(deskReset);
    }

    @Test
    void theRoutineIsTheOneCoveringTheMostWeight() {
        // Sitting 8 h weighs 0.8 on movement and 0.6 on posture: 1.4 for the desk reset against 1.0
        // for the wind-down, which covers stress 10.
        Plan sitting = Planner.propose(new Assessment(8, 10, 3, false, false, 8), library());
        Plan stress = Planner.propose(new Assessment(4, 10, 3, false, false, 8), library());

        assertThat(sitting.routine()).contains(deskReset);
        assertThat(stress.routine()).contains(windDown);
    }

    @Test
    void onATiedWeightTheShorterRoutineWins() {
        Routine longWindDown = Samples.routine("breathing/long-wind-down", box, bodyScan, box);
        Library library = Library.of(List.of(MOVEMENT), techniques, List.of(longWindDown, windDown), List.of());

        assertThat(Planner.propose(new Assessment(4, 10, 3, false, false, 8), library)
                        .routine())
                .contains(windDown);
    }

    @Test
    void aRoutineCoveringNoCauseThatAppliesIsNotProposed() {
        Library library = Library.of(List.of(MOVEMENT), techniques, List.of(windDown), List.of());

        assertThat(Planner.propose(new Assessment(8, 3, 3, false, false, 8), library)
                        .routine())
                .isEmpty();
    }

    @Test
    void anEmptyLibraryProposesNothingButStillWeighsTheCauses() {
        Plan plan = Planner.propose(new Assessment(10, 9, 3, false, false, 8), Library.empty());

        assertThat(plan.habits()).isEmpty();
        assertThat(plan.routine()).isEmpty();
        assertThat(plan.causes()).containsOnlyKeys(LACK_OF_MOVEMENT, STRESS, POOR_POSTURE);
    }

    @Test
    void aHabitTargetAddressesTheCausesOfItsTechniqueOrOfItsRoutinesTechniques() {
        Library library = library();

        assertThat(Planner.causesOf(HabitTarget.technique("movement/desk-break"), library))
                .containsExactlyInAnyOrder(LACK_OF_MOVEMENT, POOR_POSTURE);
        assertThat(Planner.causesOf(HabitTarget.routine("breathing/wind-down"), library))
                .containsExactly(STRESS);
        assertThat(Planner.causesOf(HabitTarget.custom("Write down what helped"), library))
                .isEmpty();
        assertThat(Planner.causesOf(HabitTarget.technique("movement/unknown"), library))
                .isEmpty();
    }

    @Test
    void aTemplateOfARoutineIsChosenForTheCausesOfItsSteps() {
        HabitTemplate windDownDaily =
                Samples.template("breathing/wind-down-daily", HabitTarget.routine("breathing/wind-down"));
        Library library = Library.of(List.of(MOVEMENT), techniques, List.of(windDown), List.of(windDownDaily));

        assertThat(Planner.propose(new Assessment(4, 10, 3, false, false, 8), library)
                        .habits())
                .containsExactly(windDownDaily);
    }
}
