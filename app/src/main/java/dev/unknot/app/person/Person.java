package dev.unknot.app.person;

import dev.unknot.core.calendar.PersonalCalendar;
import java.util.Objects;

/**
 * A person and their settings.
 *
 * @param calendar their time zone and the time their day starts; every "today", streak and
 *     agenda of theirs is computed in it
 */
public record Person(PersonId id, String username, PersonalCalendar calendar) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(calendar, "calendar");
    }
}
