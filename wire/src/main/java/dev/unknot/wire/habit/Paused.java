package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot habit pause --json}, {@code POST /api/v1/habits/pause}: the habits paused, first and last day. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Paused(
        List<HabitEntry> habits,

        @Schema(required = true, format = "date") String from,

        @Schema(required = true, format = "date") String to) {

    public Paused {
        habits = List.copyOf(habits);
    }
}
