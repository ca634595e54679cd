package dev.unknot.wire.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code PUT /api/v1/reminders/settings}: null leaves a setting as it is; an empty string clears an
 * address or the quiet hours ({@code HH:MM-HH:MM}); an empty list of channels chooses none.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ReminderSettingsChange(
        @ArraySchema(schema = @Schema(allowableValues = {"email", "ntfy"})) @Nullable
        List<String> channels,

        @Schema(description = "an email address; \"\" clears it") @Nullable
        String email,

        @Schema(description = "an ntfy topic's URL; \"\" clears it") @Nullable
        String ntfyTopic,

        @Schema(
                description = "HH:MM-HH:MM, e.g. 22:00-07:00; \"\" for none",
                pattern = "^$|^([01]?[0-9]|2[0-3]):[0-5][0-9]-([01]?[0-9]|2[0-3]):[0-5][0-9]$")
        @Nullable
        String quietHours) {}
