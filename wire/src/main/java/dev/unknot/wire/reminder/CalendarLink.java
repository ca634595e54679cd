package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code POST /api/v1/reminders/calendar}: the new calendar feed's path, {@code /calendar/{secret}.ics}; the old one no longer works. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record CalendarLink(String calendar) {}
