package dev.unknot.wire.habit;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code unknot habit add|edit|archive --json}: one habit under the key {@code habit} (the API answers the HABIT alone). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SingleHabit(HabitEntry habit) {}
