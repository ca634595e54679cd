package dev.unknot.wire.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code GET /api/v1/reminders/settings}, {@code unknot reminders settings --json}: the channels
 * chosen ({@code email}, {@code ntfy}, {@code web-push}), their addresses, the quiet hours ({@code HH:MM-HH:MM}), the
 * calendar feed's path ({@code /calendar/{secret}.ics}) and, when the server cannot send email, why.
 * Absent values are null.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderSettingsEntry(
        List<String> channels,
        @Nullable String email,
        @Nullable String ntfyTopic,

        @Schema(description = "HH:MM-HH:MM; null for none") @Nullable
        String quietHours,

        @Schema(description = "the calendar feed's path; null when there is none") @Nullable
        String calendar,

        @Schema(description = "why this server cannot send email; null when it can") @Nullable
        String emailUnavailable) {}
