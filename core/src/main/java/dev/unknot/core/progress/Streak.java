package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A run of successes without a miss: days for a day-based habit, weeks for an N-times-a-week one.
 *
 * @param length how many successful days or weeks
 * @param first the first day of the first success, when there is one
 * @param last the last day of the last success, when there is one
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Streak(int length, Unit unit, Optional<LocalDate> first, Optional<LocalDate> last) {

    public enum Unit {
        DAYS("day"),
        WEEKS("week");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        /** {@code length} of this unit in words: {@code 1 day}, {@code 3 days}, {@code 2 weeks}. */
        public String count(int length) {
            return length + " " + word + (length == 1 ? "" : "s");
        }
    }

    public Streak {
        if (length < 0) {
            throw new IllegalArgumentException("a streak cannot be negative, was " + length);
        }
        java.util.Objects.requireNonNull(unit, "unit");
        java.util.Objects.requireNonNull(first, "first");
        java.util.Objects.requireNonNull(last, "last");
    }

    /** The streak in words, as every front end shows it: {@code 3-day streak}, or {@code no streak yet}. */
    public String inWords() {
        return length == 0 ? "no streak yet" : length + "-" + unit.word + " streak";
    }

    public static Streak none(Unit unit) {
        return new Streak(0, unit, Optional.empty(), Optional.empty());
    }
}
