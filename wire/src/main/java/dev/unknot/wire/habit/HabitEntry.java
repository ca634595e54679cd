package dev.unknot.wire.habit;

import dev.unknot.core.habit.Habit;
import dev.unknot.wire.Ids;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * HABIT of {@code cli/JSON.md}: one of the person's habits.
 *
 * @param status {@code active} or {@code archived}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record HabitEntry(
        String id,
        String name,
        TargetEntry target,
        ScheduleEntry schedule,
        MetricEntry metric,

        @Schema(required = true, format = "date") String startsOn,

        @Schema(
                required = true,
                allowableValues = {"active", "archived"})
        String status) {

    public static HabitEntry of(Habit habit) {
        return new HabitEntry(
                Ids.of(habit.id()),
                habit.name(),
                TargetEntry.of(habit.target()),
                ScheduleEntry.of(habit.schedule()),
                MetricEntry.of(habit.metric()),
                habit.startsOn().toString(),
                habit.status().name().toLowerCase(Locale.ROOT));
    }

    public boolean archived() {
        return "archived".equals(status);
    }
}
