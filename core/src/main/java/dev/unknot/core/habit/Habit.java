package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A habit a person keeps: what they do, when, and how it is measured.
 *
 * @param startsOn the first local day on which the habit counts
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Habit(
        HabitId id,
        String name,
        HabitTarget target,
        Schedule schedule,
        Metric metric,
        LocalDate startsOn,
        HabitStatus status) {

    public Habit {
        Require.present(id, "habit id");
        name = Require.text(name, "habit name");
        Require.present(target, "habit target");
        Require.present(schedule, "habit schedule");
        Require.present(metric, "habit metric");
        Require.present(startsOn, "habit start");
        Require.present(status, "habit status");
    }
}
