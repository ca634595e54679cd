package dev.unknot.wire.settings;

import dev.unknot.wire.Times;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** {@code PUT /api/v1/settings}: a time zone ({@code Europe/Berlin}, {@code +02:00}) and a day start ({@code HH:MM}); null for unchanged. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SettingsChange(
        @Schema(
                description = "a region such as Europe/Berlin, or an offset such as +02:00; null leaves it",
                pattern = Times.ZONE_PATTERN)
        @Nullable
        String timeZone,

        @Schema(
                description = "when the day starts, HH:MM on a whole minute; null leaves it",
                pattern = Times.DAY_START_PATTERN)
        @Nullable
        String dayStart) {

    public boolean changesNothing() {
        return timeZone == null && dayStart == null;
    }
}
