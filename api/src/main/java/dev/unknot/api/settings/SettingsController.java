package dev.unknot.api.settings;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The calendar every day of the API is counted in. */
@Controller("/api/v1/settings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "settings")
@ApiErrors
final class SettingsController {

    private final Trackers trackers;

    SettingsController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get
    @Operation(summary = "The person's time zone and day start (HH:MM)")
    Settings getSettings(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).settings();
    }

    @Put
    @Operation(summary = "Changes the time zone, the day start or both; null leaves one unchanged")
    Settings changeSettings(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body SettingsChange change) {
        return trackers.of(person).changeSettings(change);
    }
}
