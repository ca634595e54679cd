package dev.unknot.core.checkin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How much the back hurts on the numeric rating scale, from 0 (no pain) to 10 (the worst pain
 * imaginable). Rated beside {@link Tightness}: a back can be tight without hurting, and pain is
 * what the clinical guidelines measure change by.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Pain(int level) implements Comparable<Pain> {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public Pain {
        if (level < MIN || level > MAX) {
            throw new IllegalArgumentException("pain must be between 0 and 10, was " + level);
        }
    }

    public static Pain of(int level) {
        return new Pain(level);
    }

    @Override
    public int compareTo(Pain other) {
        return Integer.compare(level, other.level);
    }
}
