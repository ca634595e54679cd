package dev.unknot.wire.plan;

import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The habits an applied plan created, and those the person kept already; {@code skipped} says
 * which proposed item each of those stood for.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Applied(List<HabitEntry> created, List<HabitEntry> alreadyKept, List<SkippedEntry> skipped) {

    public Applied {
        created = List.copyOf(created);
        alreadyKept = List.copyOf(alreadyKept);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
