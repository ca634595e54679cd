package dev.unknot.wire.settings;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code PUT /api/v1/settings}: a time zone ({@code Europe/Berlin}, {@code +02:00}) and a day start ({@code HH:MM}); null for unchanged. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SettingsChange(String timeZone, String dayStart) {

    public boolean changesNothing() {
        return timeZone == null && dayStart == null;
    }
}
