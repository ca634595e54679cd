package dev.unknot.wire.own;

import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.TechniqueDetail;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * OWN EXERCISES: {@code unknot exercise list --json}, {@code GET /api/v1/own}. Each technique also
 * carries {@code dose} as text a person types ({@code doses}, in the same order).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record OwnExercisesEntry(List<TechniqueDetail> techniques, List<RoutineDetail> routines) {

    public OwnExercisesEntry {
        techniques = List.copyOf(techniques);
        routines = List.copyOf(routines);
    }
}
