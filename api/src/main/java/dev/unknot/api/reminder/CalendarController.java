package dev.unknot.api.reminder;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A person's calendar feed at its secret address, for calendar apps that cannot send a token: the
 * secret is the only key, and a new one (POST /api/v1/reminders/calendar) shuts the old out.
 */
@Controller("/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reminders")
final class CalendarController {

    static final MediaType CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final CalendarFeed feeds;

    CalendarController(CalendarFeed feeds) {
        this.feeds = feeds;
    }

    @Get("/{secret}.ics")
    @Operation(summary = "The next two weeks of reminders as an iCalendar feed (RFC 5545), by its secret address")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "text/calendar;charset=utf-8", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No feed has this secret")
    HttpResponse<String> feed(@PathVariable String secret) {
        if (!secret.matches("[A-Za-z0-9_-]{20,64}")) {
            return HttpResponse.notFound();
        }
        return feeds.of(secret)
                .<HttpResponse<String>>map(feed ->
                        HttpResponse.ok(feed).contentType(CALENDAR).header("Cache-Control", "private, max-age=300"))
                .orElseGet(HttpResponse::notFound);
    }
}
