package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code unknot habit resume --json}, {@code POST /api/v1/habits/{id}/resume} and
 * {@code POST /api/v1/habits/resume}: the habits whose pauses ended (none when nothing was paused
 * from that day on) and the day they are due again.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Resumed(
        List<HabitEntry> habits,

        @Schema(required = true, format = "date") String from) {

    public Resumed {
        habits = List.copyOf(habits);
    }
}
