package dev.unknot.wire.today;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot today --json}, {@code GET /api/v1/today}: the person's day and what is due on it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Today(
        @Schema(required = true, format = "date") String day, List<AgendaEntry> habits) {

    public Today {
        habits = List.copyOf(habits);
    }
}
