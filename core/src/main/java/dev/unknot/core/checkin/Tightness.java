package dev.unknot.core.checkin;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How tight the back feels, from 0 (loose) to 10 (as tight as it gets).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Tightness(int level) implements Comparable<Tightness> {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public Tightness {
        if (level < MIN || level > MAX) {
            throw new IllegalArgumentException("tightness must be between 0 and 10, was " + level);
        }
    }

    public static Tightness of(int level) {
        return new Tightness(level);
    }

    @Override
    public int compareTo(Tightness other) {
        return Integer.compare(level, other.level);
    }
}
