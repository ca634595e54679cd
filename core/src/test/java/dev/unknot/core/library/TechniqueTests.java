package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechniqueTests {

    private static Technique.Builder childsPose() {
        return Technique.builder("stretching/childs-pose")
                .name("Child's pose")
                .pillar("stretching")
                .summary("Lengthens the lower back.")
                .steps("Kneel and sit back on your heels.", "Walk your hands forward.")
                .dose(Dose.hold(20, 30))
                .bodyAreas(BodyArea.LOWER_BACK);
    }

    private static Technique technique(
            List<String> steps, List<String> equipment, Set<BodyArea> areas, Set<Cause> causes, List<String> cautions) {
        return new Technique(
                TechniqueId.of("stretching/childs-pose"),
                "Child's pose",
                PillarId.of("stretching"),
                "Lengthens the lower back.",
                steps,
                Dose.hold(20, 30),
                Sides.NONE,
                equipment,
                areas,
                causes,
                cautions);
    }

    @Test
    void builderReadsLikeThePageItDescribes() {
        Technique twist = Technique.builder("stretching/supine-twist")
                .name("Supine twist")
                .pillar("stretching")
                .summary("Rotates the spine gently.")
                .steps("Lie on your back.", "Let both knees fall to one side.")
                .dose(Dose.hold(20, 30))
                .eachSide()
                .equipment("A mat")
                .bodyAreas(BodyArea.SPINE, BodyArea.LOWER_BACK)
                .causes(Cause.LACK_OF_MOVEMENT)
                .cautions("Skip it with a disc injury.")
                .build();

        assertThat(twist.id()).isEqualTo(TechniqueId.of("stretching/supine-twist"));
        assertThat(twist.pillar()).isEqualTo(PillarId.of("stretching"));
        assertThat(twist.sides()).isEqualTo(Sides.EACH_SIDE);
        assertThat(twist.bodyAreas()).containsExactly(BodyArea.LOWER_BACK, BodyArea.SPINE);
        assertThat(twist.causes()).containsExactly(Cause.LACK_OF_MOVEMENT);
        assertThat(twist.equipment()).containsExactly("A mat");
        assertThat(twist.cautions()).containsExactly("Skip it with a disc injury.");
    }

    @Test
    void sidesDefaultToNone() {
        assertThat(childsPose().build().sides()).isEqualTo(Sides.NONE);
    }

    @Test
    void timeAndPhasesFollowTheDoseOnTheTechniquesSides() {
        Technique once = childsPose().build();
        Technique eachSide = childsPose().eachSide().build();

        assertThat(once.time()).isEqualTo(Duration.ofSeconds(30));
        assertThat(eachSide.time()).isEqualTo(Duration.ofSeconds(60));
        assertThat(eachSide.phases())
                .extracting(TimerPhase::label)
                .containsExactly("Hold (left side)", "Hold (right side)");
    }

    @Test
    void textIsStripped() {
        Technique technique = technique(
                List.of("  Kneel.  "),
                List.of(" A mat "),
                Set.of(BodyArea.LOWER_BACK),
                Set.of(),
                List.of(" Go gently. "));

        assertThat(technique.steps()).containsExactly("Kneel.");
        assertThat(technique.equipment()).containsExactly("A mat");
        assertThat(technique.cautions()).containsExactly("Go gently.");
    }

    @Test
    void techniqueWithoutStepsIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Technique.builder("stretching/childs-pose")
                        .name("n")
                        .pillar("stretching")
                        .summary("s")
                        .dose(Dose.once())
                        .bodyAreas(BodyArea.NECK)
                        .build())
                .withMessage("stretching/childs-pose needs at least one step");
    }

    @Test
    void techniqueWithoutBodyAreasIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Technique.builder("stretching/childs-pose")
                        .name("n")
                        .pillar("stretching")
                        .summary("s")
                        .steps("Kneel.")
                        .dose(Dose.once())
                        .build())
                .withMessage("stretching/childs-pose needs at least one body area");
    }

    @Test
    void blankTextIsRejectedNamingTheTechnique() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().name(" ").build())
                .withMessage("name of stretching/childs-pose must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().summary("").build())
                .withMessage("summary of stretching/childs-pose must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().steps("  ").build())
                .withMessage("step of stretching/childs-pose item must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().equipment("").build())
                .withMessage("equipment of stretching/childs-pose item must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().cautions("\t").build())
                .withMessage("caution of stretching/childs-pose item must not be blank");
    }

    @Test
    void missingDoseOrPillarIsNamed() {
        assertThatNullPointerException()
                .isThrownBy(() -> childsPose().dose(null).build())
                .withMessage("dose of stretching/childs-pose must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> Technique.builder("stretching/x")
                        .name("n")
                        .summary("s")
                        .steps("a")
                        .dose(Dose.once())
                        .bodyAreas(BodyArea.NECK)
                        .build())
                .withMessage("pillar of stretching/x must not be null");
    }

    @Test
    void malformedIdsAreRejectedByTheBuilder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Technique.builder("childs-pose"))
                .withMessageStartingWith("technique id must be 'namespace/name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> childsPose().pillar("stretching/deep"))
                .withMessageStartingWith("pillar id must be lower-case words");
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> steps = new ArrayList<>(List.of("Kneel."));
        List<String> equipment = new ArrayList<>(List.of("A mat"));
        Set<BodyArea> areas = new HashSet<>(Set.of(BodyArea.LOWER_BACK));
        Set<Cause> causes = EnumSet.of(Cause.STRESS);
        List<String> cautions = new ArrayList<>();
        Technique technique = technique(steps, equipment, areas, causes, cautions);

        steps.add("Sneaked in.");
        equipment.clear();
        areas.add(BodyArea.NECK);
        causes.add(Cause.OVERUSE);
        cautions.add("Sneaked in.");

        assertThat(technique.steps()).containsExactly("Kneel.");
        assertThat(technique.equipment()).containsExactly("A mat");
        assertThat(technique.bodyAreas()).containsExactly(BodyArea.LOWER_BACK);
        assertThat(technique.causes()).containsExactly(Cause.STRESS);
        assertThat(technique.cautions()).isEmpty();
        assertThatThrownBy(() -> technique.steps().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> technique.equipment().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> technique.bodyAreas().add(BodyArea.NECK))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> technique.causes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> technique.cautions().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyCausesAreAllowed() {
        assertThat(technique(List.of("Kneel."), List.of(), Set.of(BodyArea.CORE), Set.of(), List.of())
                        .causes())
                .isEmpty();
    }

    @Test
    void bodyAreasAndCausesReadAsPeopleSayThem() {
        assertThat(BodyArea.UPPER_BACK.label()).isEqualTo("upper back");
        assertThat(Cause.LACK_OF_MOVEMENT.id()).isEqualTo("lack-of-movement");
        assertThat(Cause.fromId("dehydration-or-poor-nutrition")).contains(Cause.DEHYDRATION_OR_POOR_NUTRITION);
        assertThat(Cause.fromId("LACK_OF_MOVEMENT")).isEmpty();
    }
}
