package dev.unknot.wire.library;

import dev.unknot.core.library.TimerPhase;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** One phase a timer counts down: {@code inhale}, 4 seconds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PhaseEntry(String label, long durationSeconds) {

    public static PhaseEntry of(TimerPhase phase) {
        return new PhaseEntry(phase.label(), phase.duration().toSeconds());
    }
}
