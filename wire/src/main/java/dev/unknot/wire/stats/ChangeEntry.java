package dev.unknot.wire.stats;

import dev.unknot.core.progress.ChangeOverTime;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * How a rating before practice changed: the mean of the {@code latestFrom} window (ending today)
 * against that of the first window from {@code firstFrom}, each {@code windowDays} long;
 * {@code change} is "better", "about the same" or "worse" by the meaningful-change rule (2 points
 * or 30%), {@code windows} names them ("last two weeks vs. your first two weeks") and
 * {@code sentence} says it all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ChangeEntry(
        String measure,
        int windowDays,
        String firstFrom,
        double first,
        String latestFrom,
        double latest,
        String change,
        String windows,
        String sentence) {

    public static ChangeEntry of(ChangeOverTime change) {
        return new ChangeEntry(
                change.measure(),
                change.windowDays(),
                change.firstFrom().toString(),
                change.first(),
                change.latestFrom().toString(),
                change.latest(),
                change.direction().inWords(),
                change.windows(),
                change.sentence());
    }
}
