package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * A snoozed reminder: when it comes back, as an instant and on the person's wall clock.
 *
 * @param habit the habit's id
 * @param until when it reminds again, e.g. {@code 2026-11-02T09:10:00Z}
 * @param untilLocal the same on the person's wall clock, e.g. {@code 2026-11-02T10:10}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderSnoozed(String habit, String until, String untilLocal) {}
