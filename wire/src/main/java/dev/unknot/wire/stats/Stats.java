package dev.unknot.wire.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code unknot stats --json}, {@code GET /api/v1/progress}: per habit, the tightness trend,
 * relief per target (only what rests on at least five check-ins, ranked), the pain trend, and the
 * sentences that compare the latest window of tightness and pain ratings with the first
 * ({@code tightnessChange}, {@code painChange}; null until the ratings span two weeks).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Stats(
        List<HabitStats> habits,
        List<TrendPoint> tightness,
        List<ReliefEntry> relief,
        List<TrendPoint> pain,
        @Nullable ChangeEntry tightnessChange,
        @Nullable ChangeEntry painChange) {

    public Stats {
        habits = List.copyOf(habits);
        tightness = List.copyOf(tightness);
        relief = List.copyOf(relief);
        pain = pain == null ? List.of() : List.copyOf(pain);
    }
}
