package dev.unknot.wire.plan;

import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.ScheduleEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One habit a plan proposes.
 *
 * @param id the template's id, or the routine's; what {@code untick} and {@code schedules} name
 * @param kind {@code template} or {@code routine}
 * @param schedule when it will be due (the template's unless changed; every day for the routine)
 * @param causes the ids of the causes it answers, heaviest first
 * @param reason one line saying why it is proposed
 * @param existing the person's habit it would repeat, which applying leaves alone; null when none
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PlanItemEntry(
        String id,
        String name,
        String kind,
        ScheduleEntry schedule,
        List<String> causes,
        String reason,
        @Nullable HabitEntry existing) {

    public PlanItemEntry {
        causes = List.copyOf(causes);
    }
}
