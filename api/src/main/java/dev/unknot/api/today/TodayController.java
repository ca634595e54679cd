package dev.unknot.api.today;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.checkin.Advice;
import dev.unknot.wire.today.Today;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Today's agenda and the advice on the person's history. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "today")
@ApiErrors
final class TodayController {

    private final Trackers trackers;

    TodayController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get("/today")
    @Operation(summary = "What is due, done, overdue, skipped or paused today, in the person's calendar")
    Today today(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).today();
    }

    @Get("/advice")
    @Operation(summary = "The advice on the person's history, of every severity, most urgent first")
    Advice advice(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).advice();
    }
}
