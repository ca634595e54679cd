package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot habits --json}, {@code GET /api/v1/habits}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Habits(List<HabitEntry> habits) {

    public Habits {
        habits = List.copyOf(habits);
    }
}
