package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code PUT /api/v1/reminders/settings}: null leaves a setting as it is; an empty string clears an
 * address or the quiet hours ({@code HH:MM-HH:MM}); an empty list of channels chooses none.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderSettingsChange(List<String> channels, String email, String ntfyTopic, String quietHours) {}
