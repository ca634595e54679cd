package dev.unknot.api.settings;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.person.PersonService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The calendar every day of the API is counted in. */
@Controller("/api/v1/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "settings")
@ApiErrors
final class SettingsController {

    private final PersonService people;

    SettingsController(PersonService people) {
        this.people = people;
    }

    @Get
    @Operation(summary = "The person's time zone and day start")
    Settings getSettings(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return Settings.of(people.get(person));
    }

    @Put
    @Operation(summary = "Changes the time zone, the day start or both; null leaves one unchanged")
    Settings changeSettings(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body SettingsChanges changes) {
        Person current = people.get(person);
        String zone = changes.timeZone() == null ? current.calendar().zone().getId() : changes.timeZone();
        String dayStart = changes.dayStart() == null ? current.calendar().dayStart().toString() : changes.dayStart();
        return Settings.of(people.changeCalendar(person, zone, dayStart));
    }

    /** {@code dayStart} is {@code HH:MM}. */
    @Serdeable
    record Settings(String timeZone, String dayStart) {
        static Settings of(Person person) {
            return new Settings(person.calendar().zone().getId(), person.calendar().dayStart().toString());
        }
    }

    @Serdeable
    record SettingsChanges(@Nullable String timeZone, @Nullable String dayStart) {}
}
