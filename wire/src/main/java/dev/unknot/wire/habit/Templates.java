package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot templates --json}, {@code GET /api/v1/templates}: in order of id. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Templates(List<TemplateEntry> templates) {

    public Templates {
        templates = List.copyOf(templates);
    }
}
