package dev.unknot.core.library;

import static dev.unknot.core.Samples.technique;
import static dev.unknot.core.Samples.twoSided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineTests {

    private final Technique twist = twoSided("stretching/supine-twist", "stretching");
    private final Technique bridge = technique("strength/bridge", "strength", Dose.reps(10, 2));
    private final Technique roll = technique("foam-rolling/upper-back", "foam-rolling", Dose.minutes(1, 2));

    @Test
    void totalTimeIsTheSumOfItsSteps() {
        Routine routine = Routine.of(
                "movement/morning",
                "Morning",
                "Wake the back up.",
                RoutineStep.of(twist),
                RoutineStep.of(bridge),
                RoutineStep.of(roll));

        // 60 s (30 s each side) + 90 s (2 × 10 reps × 3 s + 30 s rest) + 120 s
        assertThat(routine.totalTime()).isEqualTo(Duration.ofSeconds(270));
        assertThat(routine.totalTime())
                .isEqualTo(routine.steps().stream().map(RoutineStep::time).reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void untimedStepsAddNothing() {
        Technique desk = technique("posture/raise-screen", "posture", Dose.once());
        Routine routine = Routine.of(
                "posture/set-up", "Set up", "Fix the desk, then stretch.", RoutineStep.of(desk), RoutineStep.of(roll));

        assertThat(routine.totalTime()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void stepAtAnotherDoseKeepsTheTechniquesSides() {
        RoutineStep shortTwist = RoutineStep.of(twist, Dose.hold(10, 15));

        assertThat(shortTwist.technique()).isEqualTo(twist.id());
        assertThat(shortTwist.sides()).isEqualTo(Sides.EACH_SIDE);
        assertThat(shortTwist.time()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void routineWithoutStepsIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Routine.of("movement/empty", "Empty", "Nothing."))
                .withMessage("movement/empty needs at least one step");
    }

    @Test
    void blankNameIsRejectedNamingTheRoutine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Routine.of("movement/x", " ", "s", RoutineStep.of(roll)))
                .withMessage("name of movement/x must not be blank");
    }

    @Test
    void stepsAreAnImmutableCopy() {
        List<RoutineStep> steps = new ArrayList<>(List.of(RoutineStep.of(roll)));
        Routine routine = new Routine(RoutineId.of("movement/x"), "X", "s", steps);

        steps.add(RoutineStep.of(twist));

        assertThat(routine.steps()).hasSize(1);
        assertThatThrownBy(() -> routine.steps().add(RoutineStep.of(twist)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
