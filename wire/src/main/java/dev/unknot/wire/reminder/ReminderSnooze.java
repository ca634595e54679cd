package dev.unknot.wire.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code POST /api/v1/reminders/{habitId}/snooze}: for how long, 10 or 60 minutes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderSnooze(@Nullable Integer minutes) {}
