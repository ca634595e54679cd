package dev.unknot.wire.library;

import dev.unknot.core.library.Routine;
import dev.unknot.core.plugin.Library;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * ROUTINE in full, {@code GET /api/v1/routines/{pillar}/{name}}: a {@link RoutineEntry} whose steps
 * also carry what a guided session needs (the first cue, the timer phases).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record RoutineDetail(String id, String name, String summary, long totalTimeSeconds, List<StepDetail> steps) {

    public RoutineDetail {
        steps = List.copyOf(steps);
    }

    public static RoutineDetail of(Routine routine, Library library) {
        return new RoutineDetail(
                routine.id().value(),
                routine.name(),
                routine.summary(),
                routine.totalTime().toSeconds(),
                routine.steps().stream()
                        .map(step -> new StepDetail(
                                step.technique().value(),
                                RoutineStepEntry.nameOf(step, library),
                                DoseEntry.of(step.dose()),
                                LibraryIds.of(step.sides()),
                                step.time().toSeconds(),
                                library.technique(step.technique())
                                        .flatMap(known -> known.steps().stream().findFirst())
                                        .orElse(null),
                                step.dose().phases(step.sides()).stream()
                                        .map(PhaseEntry::of)
                                        .toList()))
                        .toList());
    }

    /**
     * A step as in {@link RoutineStepEntry}, plus {@code cue}, the technique's first instruction
     * (null when unknown), and the {@code phases} a timer counts down for it, sides included.
     */
    @Serdeable
    public record StepDetail(
            String technique,
            String name,
            DoseEntry dose,
            String sides,
            long timeSeconds,

            @Schema(description = "the technique's first instruction; null when unknown") @Nullable
            String cue,

            List<PhaseEntry> phases) {

        public StepDetail {
            phases = List.copyOf(phases);
        }
    }
}
