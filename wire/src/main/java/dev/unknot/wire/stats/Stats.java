package dev.unknot.wire.stats;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot stats --json}, {@code GET /api/v1/progress}: per habit, the tightness trend, relief per target. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Stats(List<HabitStats> habits, List<TrendPoint> tightness, List<ReliefEntry> relief) {

    public Stats {
        habits = List.copyOf(habits);
        tightness = List.copyOf(tightness);
        relief = List.copyOf(relief);
    }
}
