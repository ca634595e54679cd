package dev.unknot.wire.habit;

import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * HABIT-CHANGES: each field null for "unchanged"; {@code startsOn} is an ISO date (beyond api-contract.md, additive).
 * A schedule of kind {@code every-hours} may leave out its hours or either end of its window, and a
 * measured metric its unit or its daily target: what is left out is kept from the habit.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record HabitChangesBody(
        @Schema(description = "1 to 200 characters", maxLength = 200, pattern = Times.NOT_BLANK) @Nullable
        String name,

        @Nullable ScheduleEntry schedule,
        @Nullable MetricEntry metric,

        @Schema(description = Times.DAY_RANGE, format = "date") @Nullable
        String startsOn) {

    /** @throws InvalidInputException naming the field at fault */
    public HabitChangesBody {
        if (name != null && name.isBlank()) {
            throw new InvalidInputException("name", "name must not be blank");
        }
        if (schedule != null) {
            schedule.checkChange();
        }
        if (metric != null) {
            metric.checkChange();
        }
        if (startsOn != null) {
            Times.day("startsOn", startsOn);
        }
    }

    public boolean changesNothing() {
        return name == null && schedule == null && metric == null && startsOn == null;
    }
}
