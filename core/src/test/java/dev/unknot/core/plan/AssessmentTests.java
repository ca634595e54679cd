package dev.unknot.core.plan;

import static dev.unknot.core.library.Cause.DEHYDRATION_OR_POOR_NUTRITION;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.MUSCLE_IMBALANCE;
import static dev.unknot.core.library.Cause.OVERUSE;
import static dev.unknot.core.library.Cause.POOR_POSTURE;
import static dev.unknot.core.library.Cause.STRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTests {

    /** Sitting 4 h, calm, three strength sessions, upright, no strain, eight glasses. */
    private static Assessment wellKept() {
        return new Assessment(4, 3, 3, false, false, 8);
    }

    @Test
    void aWellKeptBackHasNoCause() {
        assertThat(wellKept().causes()).isEmpty();
    }

    @Test
    void everyAnswerPointsAtItsCauseWithItsWeight() {
        assertThat(new Assessment(10, 8, 0, true, true, 0).causes())
                .containsOnly(
                        entry(LACK_OF_MOVEMENT, 1.0),
                        entry(POOR_POSTURE, 1.0),
                        entry(STRESS, 0.8),
                        entry(MUSCLE_IMBALANCE, 0.8),
                        entry(OVERUSE, 0.7),
                        entry(DEHYDRATION_OR_POOR_NUTRITION, 1.0));
    }

    @ParameterizedTest(name = "{0} h sitting")
    @CsvSource({"5, , ", "6, 0.6, ", "7, 0.7, ", "8, 0.8, 0.6", "12, 1.0, 0.6", "24, 1.0, 0.6"})
    void sittingSixHoursPointsAtLackOfMovementAndEightAlsoAtPosture(int hours, Double movement, Double posture) {
        var causes = new Assessment(hours, 3, 3, false, false, 8).causes();

        assertThat(causes.get(LACK_OF_MOVEMENT)).isEqualTo(movement);
        assertThat(causes.get(POOR_POSTURE)).isEqualTo(posture);
    }

    @Test
    void stressCountsFromSix() {
        assertThat(new Assessment(4, 5, 3, false, false, 8).causes()).doesNotContainKey(STRESS);
        assertThat(new Assessment(4, 6, 3, false, false, 8).causes()).containsOnly(entry(STRESS, 0.6));
        assertThat(new Assessment(4, 10, 3, false, false, 8).causes()).containsOnly(entry(STRESS, 1.0));
    }

    @Test
    void fewerThanTwoStrengthSessionsPointAtMuscleImbalance() {
        assertThat(new Assessment(4, 3, 0, false, false, 8).causes()).containsOnly(entry(MUSCLE_IMBALANCE, 0.8));
        assertThat(new Assessment(4, 3, 1, false, false, 8).causes()).containsOnly(entry(MUSCLE_IMBALANCE, 0.5));
        assertThat(new Assessment(4, 3, 2, false, false, 8).causes()).isEmpty();
    }

    @Test
    void underSixGlassesPointAtHydrationTheFewerTheHeavier() {
        assertThat(new Assessment(4, 3, 3, false, false, 3).causes())
                .containsOnly(entry(DEHYDRATION_OR_POOR_NUTRITION, 0.5));
        assertThat(new Assessment(4, 3, 3, false, false, 6).causes()).isEmpty();
    }

    @Test
    void slouchingAloneWeighsFullyOnPosture() {
        assertThat(new Assessment(4, 3, 3, true, false, 8).causes()).containsOnly(entry(POOR_POSTURE, 1.0));
        assertThat(new Assessment(9, 3, 3, true, false, 8).causes()).containsEntry(POOR_POSTURE, 1.0);
    }

    @Test
    void answersOutOfRangeAreRejectedNamingTheQuestion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(25, 3, 3, false, false, 8))
                .withMessage("hours sitting a day must be between 0 and 24, was 25");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(-1, 3, 3, false, false, 8))
                .withMessage("hours sitting a day must be between 0 and 24, was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(4, 11, 3, false, false, 8))
                .withMessage("stress must be between 0 and 10, was 11");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(4, 3, 15, false, false, 8))
                .withMessage("strength sessions a week must be between 0 and 14, was 15");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(4, 3, 3, false, false, -1))
                .withMessage("glasses of water a day must be between 0 and 30, was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Assessment(4, 3, 3, false, false, 31))
                .withMessage("glasses of water a day must be between 0 and 30, was 31");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        new Assessment(0, 0, 0, false, false, 0);
        new Assessment(24, 10, 14, true, true, 30);
    }

    @Test
    void eachCauseSaysWhyInThePersonsAnswers() {
        assertThat(new Assessment(9, 7, 1, false, true, 3).reasons())
                .containsOnly(
                        entry(LACK_OF_MOVEMENT, "you sit 9 hours a day"),
                        entry(POOR_POSTURE, "you sit 9 hours a day"),
                        entry(STRESS, "your stress is 7 out of 10 on most days"),
                        entry(MUSCLE_IMBALANCE, "you do one strength or core session a week"),
                        entry(OVERUSE, "your work or training means heavy lifting or the same movement over and over"),
                        entry(DEHYDRATION_OR_POOR_NUTRITION, "you drink 3 glasses of water a day"));
        assertThat(new Assessment(4, 3, 0, true, false, 0).reasons())
                .containsOnly(
                        entry(POOR_POSTURE, "you often slouch or crane at a screen"),
                        entry(MUSCLE_IMBALANCE, "you do no strength or core work"),
                        entry(DEHYDRATION_OR_POOR_NUTRITION, "you drink hardly any water"));
        assertThat(wellKept().reasons()).isEmpty();
    }
}
