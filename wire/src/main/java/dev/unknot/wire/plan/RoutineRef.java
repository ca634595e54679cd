package dev.unknot.wire.plan;

import dev.unknot.core.library.Routine;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** The routine a plan proposes for every day. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record RoutineRef(String id, String name) {

    public static RoutineRef of(Routine routine) {
        return new RoutineRef(routine.id().value(), routine.name());
    }
}
