package dev.unknot.wire.plan;

import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** The habits an applied plan created, and those the person kept already. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Applied(List<HabitEntry> created, List<HabitEntry> alreadyKept) {

    public Applied {
        created = List.copyOf(created);
        alreadyKept = List.copyOf(alreadyKept);
    }
}
