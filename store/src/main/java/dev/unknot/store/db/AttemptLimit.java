package dev.unknot.store.db;

import java.time.Duration;

/**
 * At most {@code max} attempts under {@code key} in a window of {@code window} that starts with the
 * first of them.
 */
public record AttemptLimit(String key, int max, Duration window) {

    public AttemptLimit {
        if (key == null || key.isEmpty() || key.length() > 400) {
            throw new IllegalArgumentException("a limit's key has 1 to 400 characters");
        }
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one attempt in a positive window");
        }
    }
}
