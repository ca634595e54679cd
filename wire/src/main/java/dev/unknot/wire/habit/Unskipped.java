package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * {@code unknot habit unskip --json}, {@code POST /api/v1/habits/{id}/unskip}: the habit, the day
 * that counts again, and whether it was skipped (taking back a day that was not is no error).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Unskipped(
        HabitEntry habit,

        @Schema(required = true, format = "date") String day,

        boolean wasSkipped) {}
