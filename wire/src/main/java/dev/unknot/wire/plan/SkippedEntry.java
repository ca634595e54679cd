package dev.unknot.wire.plan;

import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** An item an applied plan left out ({@code id} and {@code name} as proposed), and the habit the person has already. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SkippedEntry(String id, String name, @Nullable HabitEntry existing) {}
