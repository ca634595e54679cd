package dev.unknot.wire.settings;

import dev.unknot.store.InvalidInputException;
import dev.unknot.store.person.PersonService;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code PUT /api/v1/settings}: a time zone ({@code Europe/Berlin}, {@code +02:00}) and a day start ({@code HH:MM}); null for unchanged. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SettingsChange(String timeZone, String dayStart) {

    /** @throws InvalidInputException naming the setting at fault */
    public SettingsChange {
        try {
            if (timeZone != null) {
                PersonService.zone(timeZone);
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException("timeZone", e.getMessage());
        }
        try {
            if (dayStart != null) {
                PersonService.dayStart(dayStart);
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException("dayStart", e.getMessage());
        }
    }

    public boolean changesNothing() {
        return timeZone == null && dayStart == null;
    }
}
