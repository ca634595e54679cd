package dev.unknot.wire.settings;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.wire.Times;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.time.ZoneId;
import org.apiguardian.api.API;

/** {@code unknot settings --json}, {@code GET /api/v1/settings}: {@code dayStart} is {@code HH:MM}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Settings(
        @Schema(
                required = true,
                description = "a region such as Europe/Berlin, or an offset such as +02:00",
                pattern = Times.ZONE_PATTERN)
        String timeZone,

        @Schema(required = true, description = "when the day starts, HH:MM", pattern = Times.DAY_START_PATTERN)
        String dayStart) {

    public static Settings of(PersonalCalendar calendar) {
        return new Settings(calendar.zone().getId(), calendar.dayStart().toString());
    }

    /** The calendar these settings describe. */
    public PersonalCalendar calendar() {
        return new PersonalCalendar(ZoneId.of(timeZone), LocalTime.parse(dayStart));
    }
}
