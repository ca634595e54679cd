package dev.unknot.wire.stats;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.progress.Relief;
import dev.unknot.wire.habit.TargetEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code target} as in a habit; {@code name} the habit's or technique's name. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ReliefEntry(String name, TargetEntry target, double averageDrop, int checkIns) {

    public static ReliefEntry of(Relief relief, List<Habit> habits) {
        return new ReliefEntry(
                nameOf(relief.target(), habits),
                TargetEntry.of(relief.target()),
                relief.averageDrop(),
                relief.checkIns());
    }

    private static String nameOf(HabitTarget target, List<Habit> habits) {
        return habits.stream()
                .filter(habit -> habit.target().equals(target))
                .map(Habit::name)
                .findFirst()
                .orElseGet(() -> TargetEntry.of(target).text());
    }
}
