package dev.unknot.wire.library;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot techniques --json}, {@code GET /api/v1/techniques}: full details, in order of id. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Techniques(List<TechniqueDetail> techniques) {

    public Techniques {
        techniques = List.copyOf(techniques);
    }
}
