package dev.unknot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTests {

    @Test
    void smallValuesAreExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long value = 1; value <= 100; value++) {
            histogram.record(value);
        }

        assertThat(histogram.percentile(50)).isEqualTo(50);
        assertThat(histogram.percentile(99)).isEqualTo(99);
        assertThat(histogram.percentile(100)).isEqualTo(100);
        assertThat(histogram.count()).isEqualTo(100);
        assertThat(histogram.mean()).isEqualTo(50.5);
    }

    @Test
    void everyValueFallsInABucketThatHoldsIt() {
        for (long value = 0; value < 1_000_000; value += 7) {
            int index = LatencyHistogram.index(value);
            assertThat(LatencyHistogram.highestIn(index)).as("bucket of %d", value).isGreaterThanOrEqualTo(value);
            if (index > 0) {
                assertThat(LatencyHistogram.highestIn(index - 1)).as("bucket below %d", value).isLessThan(value);
            }
        }
    }

    @Test
    void percentilesOfLargeValuesAreWithinOnePercentOfTheSortedTruth() {
        Random random = new Random(42);
        long[] values = new long[100_000];
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < values.length; i++) {
            // Log-normal-ish latencies around 2 ms with a long tail.
            values[i] = (long) Math.exp(7.6 + random.nextGaussian() * 0.8);
            histogram.record(values[i]);
        }
        Arrays.sort(values);

        for (double percent : new double[] {50, 90, 99, 99.9}) {
            long truth = values[(int) Math.ceil(percent / 100 * values.length) - 1];
            assertThat((double) histogram.percentile(percent)).as("p%s", percent)
                    .isCloseTo(truth, within(truth / 100.0 + 1))
                    .isGreaterThanOrEqualTo(truth);
        }
        assertThat(histogram.percentile(100)).isEqualTo(values[values.length - 1]);
    }

    @Test
    void addedHistogramsCountEverything() {
        LatencyHistogram fast = new LatencyHistogram();
        LatencyHistogram slow = new LatencyHistogram();
        for (int i = 0; i < 90; i++) {
            fast.record(1_000);
        }
        for (int i = 0; i < 10; i++) {
            slow.record(50_000);
        }

        fast.add(slow);

        assertThat(fast.count()).isEqualTo(100);
        assertThat(fast.percentile(90)).isBetween(1_000L, 1_007L);
        assertThat(fast.percentile(91)).isEqualTo(50_000);
        assertThat(fast.max()).isEqualTo(50_000);
    }

    @Test
    void emptyHistogramAndBadPercentiles() {
        LatencyHistogram histogram = new LatencyHistogram();

        assertThat(histogram.percentile(99)).isZero();
        assertThatThrownBy(() -> histogram.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> histogram.percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
