package dev.unknot.wire.library;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot pillars --json}, {@code GET /api/v1/pillars}: in order of name. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Pillars(List<PillarEntry> pillars) {

    public Pillars {
        pillars = List.copyOf(pillars);
    }
}
