package dev.unknot.core.progress;

import static dev.unknot.core.progress.MeaningfulChange.Direction.ABOUT_THE_SAME;
import static dev.unknot.core.progress.MeaningfulChange.Direction.BETTER;
import static dev.unknot.core.progress.MeaningfulChange.Direction.WORSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.unknot.core.property.RandomCases;
import org.junit.jupiter.api.Test;

class MeaningfulChangeTests {

    @Test
    void twoPointsCountWhateverTheStart() {
        assertThat(MeaningfulChange.between(8, 6)).isEqualTo(BETTER);
        assertThat(MeaningfulChange.between(8, 6.1)).isEqualTo(ABOUT_THE_SAME);
        assertThat(MeaningfulChange.between(6, 8)).isEqualTo(WORSE);
        assertThat(MeaningfulChange.between(9.5, 7.6)).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void thirtyPercentOfTheStartCountsBelowTwoPoints() {
        // 30% of 5 is 1.5; of 3 is 0.9.
        assertThat(MeaningfulChange.between(5, 3.5)).isEqualTo(BETTER);
        assertThat(MeaningfulChange.between(5, 3.6)).isEqualTo(ABOUT_THE_SAME);
        assertThat(MeaningfulChange.between(3, 2.1)).isEqualTo(BETTER);
        assertThat(MeaningfulChange.between(3, 3.9)).isEqualTo(WORSE);
        assertThat(MeaningfulChange.between(3, 3.8)).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void theIssuesExampleIsBetterWhenComparedLikeWithLike() {
        // First three weeks averaged 6.7; the last two 5.6: 1.1 points is 16%, about the same.
        assertThat(MeaningfulChange.between(6.7, 5.6)).isEqualTo(ABOUT_THE_SAME);
        assertThat(MeaningfulChange.between(4.8, 5.6)).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void fromNothingOnlyTwoPointsCount() {
        assertThat(MeaningfulChange.between(0, 1.9)).isEqualTo(ABOUT_THE_SAME);
        assertThat(MeaningfulChange.between(0, 2)).isEqualTo(WORSE);
        assertThat(MeaningfulChange.between(0, 0)).isEqualTo(ABOUT_THE_SAME);
    }

    @Test
    void outsideTheScaleIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeaningfulChange.between(-1, 3))
                .withMessageContaining("from must be from 0 to 10");
        assertThatIllegalArgumentException().isThrownBy(() -> MeaningfulChange.between(3, Double.NaN));
    }

    @Test
    void theDirectionIsSymmetricForTwoPointsAndAgreesWithTheSign() {
        RandomCases.forAll(
                500,
                20261206L,
                random -> new double[] {random.nextInt(101) / 10.0, random.nextInt(101) / 10.0},
                pair -> {
                    MeaningfulChange.Direction direction = MeaningfulChange.between(pair[0], pair[1]);
                    double change = pair[1] - pair[0];
                    if (Math.abs(change) >= 2 - 1e-9) {
                        assertThat(direction).isEqualTo(change < 0 ? BETTER : WORSE);
                    }
                    if (direction == BETTER) {
                        assertThat(change).isNegative();
                    }
                    if (direction == WORSE) {
                        assertThat(change).isPositive();
                    }
                    if (Math.abs(change) < Math.min(2, 0.3 * pair[0]) - 1e-9) {
                        assertThat(direction).isEqualTo(ABOUT_THE_SAME);
                    }
                });
    }
}
