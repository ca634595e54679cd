package dev.unknot.bench;

/**
 * Latencies in microseconds, counted in log-linear buckets: exact below 256 µs, and above that 128
 * buckets per power of two, so a percentile read back is at most 1/128 (0.8 %) above the true
 * value. Fixed memory (~36 KB) however long a run is, and cheap to record into. Not thread-safe:
 * each load worker keeps its own, and they are {@link #add added} together at the end.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 7;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    private static final int EXACT = 2 * SUB_BUCKETS;
    /** Up to 2^40 µs (12 days): anything longer is counted as that. */
    private static final int MAX_MSB = 40;

    private final long[] counts = new long[EXACT + (MAX_MSB - SUB_BITS) * SUB_BUCKETS];
    private long count;
    private long max;
    private long sum;

    void record(long micros) {
        long value = Math.max(0, Math.min(micros, (1L << MAX_MSB) - 1));
        counts[index(value)]++;
        count++;
        sum += value;
        max = Math.max(max, value);
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    long count() {
        return count;
    }

    long max() {
        return max;
    }

    double mean() {
        return count == 0 ? 0 : (double) sum / count;
    }

    /**
     * The smallest recorded value that {@code percent} of the values are at or below, as the
     * highest value its bucket can hold (never above the largest value recorded).
     */
    long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile must be above 0 and at most 100, was " + percent);
        }
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100 * count));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highestIn(i), max);
            }
        }
        return max;
    }

    static int index(long value) {
        if (value < EXACT) {
            return (int) value;
        }
        int msb = 63 - Long.numberOfLeadingZeros(value);
        int shift = msb - SUB_BITS;
        int sub = (int) (value >>> shift);
        return EXACT + (shift - 1) * SUB_BUCKETS + (sub - SUB_BUCKETS);
    }

    static long highestIn(int index) {
        if (index < EXACT) {
            return index;
        }
        int shift = (index - EXACT) / SUB_BUCKETS + 1;
        long sub = (index - EXACT) % SUB_BUCKETS + SUB_BUCKETS;
        return ((sub + 1) << shift) - 1;
    }
}
