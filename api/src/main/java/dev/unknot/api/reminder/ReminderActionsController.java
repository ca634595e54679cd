package dev.unknot.api.reminder;

import dev.unknot.api.error.ApiError;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.reminder.ReminderActionTokens;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.reminder.ReminderActionTaken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A reminder's buttons where the channel cannot send the person's bearer token: a Web Push
 * notification's actions (the service worker calls these) and ntfy's {@code http} actions. The
 * token in the path, made by {@link ReminderActionTokens} for one reminder of one habit, is the only
 * key; {@link dev.unknot.api.auth.BearerAuthentication} lets these calls through without a bearer
 * token. An unknown token is 404 and an expired one 410, and no answer names the person or the habit.
 */
@Controller("/api/v1/reminder-actions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reminders")
@ApiErrors
final class ReminderActionsController {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderActionTokens tokens;

    ReminderActionsController(ReminderActionTokens tokens) {
        this.tokens = tokens;
    }

    /** 201 for a new check-in; 200 when "Done" for the same reminder was recorded already. */
    @Post("/{token}/done")
    @Operation(
            summary = "Done from a reminder's button: checks the habit in now with its default amount, by the "
                    + "reminder's link alone (no bearer token). Once per reminder however often it is called")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "201",
            description = "Checked in",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReminderActionTaken.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Already checked in for this reminder",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReminderActionTaken.class)))
    @ApiResponse(
            responseCode = "410",
            description = "The reminder's day is over: its buttons no longer act",
            content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
    HttpResponse<ReminderActionTaken> doneByLink(
            @Parameter(description = "the token in the reminder's link") @PathVariable String token) {
        boolean created = tokens.done(token);
        return HttpResponse.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ReminderActionTaken(
                        "done", null, null, created ? "Checked in." : "Already checked in for this reminder."));
    }

    @Post("/{token}/snooze{?minutes}")
    @Operation(
            summary = "Snoozes the reminder for 10 or 60 minutes by its link alone (no bearer token); it comes "
                    + "back then on every channel. 409 when it is not reminding now")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "410",
            description = "The reminder's day is over: its buttons no longer act",
            content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
    ReminderActionTaken snoozeByLink(
            @Parameter(description = "the token in the reminder's link") @PathVariable String token,
            @Parameter(
                            description = "for how long, in minutes",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            allowableValues = {"10", "60"}))
                    @QueryValue
                    @Nullable
                    Integer minutes) {
        // An unknown or expired link is said so first, whatever else is wrong with the call.
        tokens.read(token);
        if (minutes == null) {
            throw new InvalidInputException("minutes", "say for how long to snooze: minutes=10 or minutes=60");
        }
        ReminderActionTokens.Snoozed snoozed = tokens.snooze(token, minutes);
        return new ReminderActionTaken(
                "snoozed",
                snoozed.until().toString(),
                snoozed.untilLocal().truncatedTo(ChronoUnit.MINUTES).toString(),
                "Snoozed until " + CLOCK.format(snoozed.untilLocal()) + ".");
    }

    /** An unknown token is 404, an expired one 410: the same words whoever's it was. */
    @Error(exception = ReminderActionTokens.RefusedException.class)
    HttpResponse<ApiError> refused(HttpRequest<?> request, ReminderActionTokens.RefusedException refused) {
        return refused.refusal() == ReminderActionTokens.Refusal.EXPIRED
                ? HttpResponse.<ApiError>status(HttpStatus.GONE)
                        .body(new ApiError(ApiError.GONE, null, refused.getMessage()))
                : HttpResponse.<ApiError>notFound().body(new ApiError(ApiError.NOT_FOUND, null, refused.getMessage()));
    }
}
