package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** {@code unknot habit skip --json}, {@code POST /api/v1/habits/{id}/skip}: the habit and the day skipped. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Skipped(
        HabitEntry habit,

        @Schema(required = true, format = "date") String day) {}
