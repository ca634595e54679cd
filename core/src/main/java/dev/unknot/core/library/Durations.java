package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Durations the way a person reads them: {@code 30 s}, {@code 2 min}, {@code 1 min 30 s}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Durations {

    private Durations() {}

    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" h");
        }
        if (minutes > 0) {
            text.append(text.length() > 0 ? " " : "").append(minutes).append(" min");
        }
        if (rest > 0) {
            text.append(text.length() > 0 ? " " : "").append(rest).append(" s");
        }
        return text.toString();
    }

    /** {@code 20–30 s} when both ends share a unit, {@code 30 s–2 min} when not, one value when equal. */
    static String range(Duration min, Duration max) {
        if (min.equals(max)) {
            return format(max);
        }
        boolean wholeMinutes =
                min.toSecondsPart() == 0 && max.toSecondsPart() == 0 && min.toMinutes() > 0 && max.toHours() == 0;
        if (wholeMinutes) {
            return min.toMinutes() + "–" + max.toMinutes() + " min";
        }
        if (max.toSeconds() < 60) {
            return min.toSeconds() + "–" + max.toSeconds() + " s";
        }
        return format(min) + "–" + format(max);
    }

    static String withSide(String label, String side) {
        return side.isEmpty() ? label : label + " (" + side + ")";
    }

    static Optional<String> outside(Duration min, Duration max, Duration floor, Duration ceiling, String what) {
        if (min.compareTo(floor) < 0) {
            return Optional.of(what + " shorter than " + format(floor) + " (" + format(min) + ")");
        }
        if (max.compareTo(ceiling) > 0) {
            return Optional.of(what + " longer than " + format(ceiling) + " (" + format(max) + ")");
        }
        return Optional.empty();
    }
}
