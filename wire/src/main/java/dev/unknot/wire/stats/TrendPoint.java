package dev.unknot.wire.stats;

import dev.unknot.core.progress.TightnessTrend;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** The day's mean tightness before and after; null when none was reported. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record TrendPoint(
        @Schema(required = true, format = "date") String day,

        @Schema(description = "null when no check-in of the day said") @Nullable
        Double before,

        @Schema(description = "null when no check-in of the day said") @Nullable
        Double after) {

    public static TrendPoint of(TightnessTrend.Point point) {
        return new TrendPoint(
                point.day().toString(), HabitStats.orNull(point.before()), HabitStats.orNull(point.after()));
    }
}
