package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code POST /api/v1/reminders/test?channel=email}: the channel a test reminder went out on. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderTestSent(String channel) {}
