package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot reminders --json}, {@code GET /api/v1/reminders?hours=N}: what reminds in the next {@code hours} hours, in order. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record UpcomingReminders(int hours, List<UpcomingReminder> reminders) {}
