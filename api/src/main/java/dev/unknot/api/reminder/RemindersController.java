package dev.unknot.api.reminder;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.reminder.CalendarLink;
import dev.unknot.wire.reminder.HabitReminders;
import dev.unknot.wire.reminder.HabitRemindersChange;
import dev.unknot.wire.reminder.ReminderSettingsChange;
import dev.unknot.wire.reminder.ReminderSettingsEntry;
import dev.unknot.wire.reminder.ReminderSnooze;
import dev.unknot.wire.reminder.ReminderSnoozed;
import dev.unknot.wire.reminder.ReminderTestSent;
import dev.unknot.wire.reminder.UpcomingReminders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** When habits remind, how the person is reminded, and what reminds next. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reminders")
@ApiErrors
final class RemindersController {

    private final Trackers trackers;

    RemindersController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get("/habits/{id}/reminders")
    @Operation(summary = "When the habit reminds: off, slots or local times such as 09:00,14:00")
    HabitReminders habitReminders(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable String id) {
        return trackers.of(person).habitReminders(id);
    }

    @Put("/habits/{id}/reminders")
    @Operation(summary = "Sets when the habit reminds; slots need an every-N-hours habit")
    HabitReminders changeHabitReminders(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @PathVariable String id,
            @Body HabitRemindersChange change) {
        return trackers.of(person).changeHabitReminders(id, change);
    }

    @Get("/reminders{?hours}")
    @Operation(summary = "What reminds in the next hours, in order, with the channels each goes to")
    UpcomingReminders upcoming(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(
                            description = "how far ahead, in hours",
                            required = false,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + ReminderService.MOST_HOURS,
                                            defaultValue = "24"))
                    @QueryValue(defaultValue = "24")
                    int hours) {
        return trackers.of(person).upcomingReminders(hours);
    }

    @Get("/reminders/settings")
    @Operation(summary = "The channels, their addresses, the quiet hours and the calendar feed's path")
    ReminderSettingsEntry settings(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).reminderSettings();
    }

    @Put("/reminders/settings")
    @Operation(summary = "Changes the reminder settings; null leaves one unchanged, an empty string clears it")
    ReminderSettingsEntry changeSettings(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body ReminderSettingsChange change) {
        return trackers.of(person).changeReminderSettings(change);
    }

    @Post("/reminders/calendar")
    @Operation(summary = "Makes a new calendar feed address; the old one stops working at once")
    CalendarLink newCalendarLink(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).newCalendarLink();
    }

    @Post("/reminders/test{?channel}")
    @Operation(summary = "Sends a test reminder over one channel: email, ntfy or web-push")
    ReminderTestSent sendTest(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(
                            description = "the channel to try",
                            schema = @Schema(allowableValues = {"email", "ntfy", "web-push"}))
                    @QueryValue
                    String channel) {
        return trackers.of(person).sendTestReminder(channel);
    }

    @Post("/reminders/{habitId}/snooze")
    @Operation(
            summary = "Snoozes the habit's reminder reminding now for 10 or 60 minutes; it comes back then on "
                    + "every channel. 409 when nothing of the habit is reminding")
    ReminderSnoozed snooze(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @PathVariable String habitId,
            @Body ReminderSnooze snooze) {
        return trackers.of(person).snoozeReminder(habitId, snooze);
    }

    /** 201 for a new check-in; 200 when "Done" for the same reminder was recorded already. */
    @Post("/reminders/{habitId}/done")
    @Operation(summary = "Done from a reminder: checks the habit in now with its default amount")
    @ApiResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Recorded.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Already recorded for this reminder",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Recorded.class)))
    HttpResponse<Recorded> done(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable String habitId) {
        CheckInResult result = trackers.of(person).reminderDone(habitId);
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.recorded());
    }
}
