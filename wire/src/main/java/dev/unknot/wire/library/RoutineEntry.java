package dev.unknot.wire.library;

import dev.unknot.core.library.Routine;
import dev.unknot.core.plugin.Library;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** A routine in a list: its total time and steps. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record RoutineEntry(
        String id, String name, String summary, long totalTimeSeconds, List<RoutineStepEntry> steps) {

    public RoutineEntry {
        steps = List.copyOf(steps);
    }

    public static RoutineEntry of(Routine routine, Library library) {
        return new RoutineEntry(
                routine.id().value(),
                routine.name(),
                routine.summary(),
                routine.totalTime().toSeconds(),
                routine.steps().stream()
                        .map(step -> RoutineStepEntry.of(step, library))
                        .toList());
    }
}
