package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An ordered sequence of techniques done in one session, such as a morning mobility flow.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Routine(RoutineId id, String name, String summary, List<RoutineStep> steps) {

    public Routine {
        Require.present(id, "routine id");
        name = Require.text(name, "name of " + id);
        summary = Require.text(summary, "summary of " + id);
        steps = List.copyOf(Require.present(steps, "steps of " + id));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(id + " needs at least one step");
        }
    }

    public static Routine of(String id, String name, String summary, RoutineStep... steps) {
        return new Routine(RoutineId.of(id), name, summary, List.of(steps));
    }

    /** The sum of the steps' times. */
    public Duration totalTime() {
        return steps.stream().map(RoutineStep::time).reduce(Duration.ZERO, Duration::plus);
    }
}
