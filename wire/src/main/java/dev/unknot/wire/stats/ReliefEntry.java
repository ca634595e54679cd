package dev.unknot.wire.stats;

import dev.unknot.core.progress.Relief;
import dev.unknot.wire.habit.TargetEntry;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * One place in "what helps you": {@code target} as in a habit; {@code name} the person's habits
 * that do it, by their own names; {@code averageBefore} the mean tightness before over the same
 * check-ins; {@code sentence} says whether the tightness after is better, about the same or worse
 * by the meaningful-change rule (2 points or 30%).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ReliefEntry(
        String name,
        TargetEntry target,
        double averageDrop,
        int checkIns,
        double averageBefore,
        String change,
        String sentence) {

    public static ReliefEntry of(Relief relief) {
        return new ReliefEntry(
                relief.habits(),
                TargetEntry.of(relief.target()),
                relief.averageDrop(),
                relief.checkIns(),
                relief.averageBefore(),
                relief.direction().inWords(),
                relief.sentence());
    }
}
