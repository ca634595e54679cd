package dev.unknot.wire.library;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot routines --json}, {@code GET /api/v1/routines}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Routines(List<RoutineEntry> routines) {

    public Routines {
        routines = List.copyOf(routines);
    }
}
