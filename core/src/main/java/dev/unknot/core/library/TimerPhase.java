package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One stretch of time a guided timer counts down, such as "Inhale" for 4 seconds.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record TimerPhase(String label, Duration duration) {

    public TimerPhase {
        label = Require.text(label, "timer phase label");
        Require.present(duration, "timer phase duration");
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    "timer phase '" + label + "' must last at least one second, was " + duration);
        }
    }

    public static TimerPhase seconds(String label, long seconds) {
        return new TimerPhase(label, Duration.ofSeconds(seconds));
    }
}
