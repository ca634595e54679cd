package dev.unknot.api.checkin;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.checkin.CheckIns;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.checkin.Undone;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;

/** Check-ins: recorded once per client id, listed by days of the person's calendar, edited, removed. */
@Controller("/api/v1/check-ins")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "check-ins")
@ApiErrors
final class CheckInsController {

    private final Trackers trackers;

    CheckInsController(Trackers trackers) {
        this.trackers = trackers;
    }

    /** 201 for a new check-in; 200 with the first one's answer when the client id was recorded already (a retry). */
    @Post
    @Operation(summary = "Records a check-in; the same clientId again records nothing new (a safe retry)")
    @ApiResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Recorded.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Already recorded under this clientId with the same values",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Recorded.class)))
    HttpResponse<Recorded> checkIn(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body CheckInBody checkIn) {
        CheckInResult result = trackers.of(person).checkIn(checkIn);
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.recorded());
    }

    @Get("{?from,to,habit}")
    @Operation(summary = "The check-ins on the days from..to (inclusive) of the person's calendar, oldest first")
    CheckIns checkIns(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "first day, e.g. 2026-11-01; from 1900-01-01 to 2200-12-31") @QueryValue
                    LocalDate from,
            @Parameter(description = "last day, e.g. 2026-11-30; from 1900-01-01 to 2200-12-31") @QueryValue
                    LocalDate to,
            @Parameter(description = "only this habit's") @QueryValue @Nullable String habit) {
        return trackers.of(person).checkIns(from, to, Optional.ofNullable(habit));
    }

    @Get("/{id}")
    @Operation(summary = "One check-in")
    CheckInEntry checkInById(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id) {
        return trackers.of(person).checkInById(id);
    }

    @Put("/{id}")
    @Operation(summary = "Replaces a check-in's values (its clientId stays)")
    CheckInEntry editCheckIn(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id, @Body CheckInBody checkIn) {
        return trackers.of(person).editCheckIn(id, checkIn);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a check-in")
    void deleteCheckIn(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id) {
        trackers.of(person).deleteCheckIn(id);
    }

    @Post("/undo")
    @Operation(summary = "Removes the check-in recorded last; removed is null when there is none")
    Undone undoCheckIn(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).undoCheckIn();
    }
}
