package dev.unknot.wire.settings;

import dev.unknot.core.calendar.PersonalCalendar;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalTime;
import java.time.ZoneId;
import org.apiguardian.api.API;

/** {@code unknot settings --json}, {@code GET /api/v1/settings}: {@code dayStart} is {@code HH:MM}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Settings(String timeZone, String dayStart) {

    public static Settings of(PersonalCalendar calendar) {
        return new Settings(calendar.zone().getId(), calendar.dayStart().toString());
    }

    /** The calendar these settings describe. */
    public PersonalCalendar calendar() {
        return new PersonalCalendar(ZoneId.of(timeZone), LocalTime.parse(dayStart));
    }
}
