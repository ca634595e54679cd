package dev.unknot.api.habit;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.Habits;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.PauseBody;
import dev.unknot.wire.habit.Paused;
import dev.unknot.wire.habit.ResumeBody;
import dev.unknot.wire.habit.Resumed;
import dev.unknot.wire.habit.SkipBody;
import dev.unknot.wire.habit.Skipped;
import dev.unknot.wire.habit.Templates;
import dev.unknot.wire.habit.Unskipped;
import dev.unknot.wire.stats.Stats;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The person's habits: create, read, change, archive, skip a day or take it back, pause over days or resume; and their progress. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "habits")
@ApiErrors
final class HabitsController {

    private final Trackers trackers;

    HabitsController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get("/habits{?all}")
    @Operation(summary = "The active habits; with all=true the archived ones too")
    Habits habits(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(
                            description = "true: the archived habits too",
                            required = false,
                            schema = @Schema(type = "boolean", defaultValue = "false"))
                    @QueryValue
                    @Nullable
                    String all) {
        return trackers.of(person).habits(flag("all", all));
    }

    /** A boolean query parameter: absent is false; anything but {@code true} or {@code false} is refused. */
    static boolean flag(String name, @Nullable String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        throw new InvalidInputException(name, name + " must be true or false, was '" + shown + "'");
    }

    @Post("/habits")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Creates a habit from a template, a technique, a routine or free text")
    HabitEntry addHabit(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body NewHabitBody habit) {
        return trackers.of(person).addHabit(habit);
    }

    @Get("/habits/{id}")
    @Operation(summary = "One habit, archived ones included")
    HabitEntry habit(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id) {
        return trackers.of(person).habit(id);
    }

    @Patch("/habits/{id}")
    @Operation(
            summary = "Changes a habit's name, schedule or metric; null leaves one unchanged, and so do an every-hours"
                    + " schedule's hours, from or until and a measured metric's unit or dailyTarget")
    HabitEntry editHabit(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id, @Body HabitChangesBody changes) {
        return trackers.of(person).editHabit(id, changes);
    }

    @Post("/habits/{id}/archive")
    @Operation(summary = "Archives a habit: it leaves the agenda, its history stays")
    HabitEntry archiveHabit(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id) {
        return trackers.of(person).archiveHabit(id);
    }

    @Post("/habits/{id}/restore")
    @Operation(summary = "Brings an archived habit back: due again, with its history")
    HabitEntry restoreHabit(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id) {
        return trackers.of(person).restoreHabit(id);
    }

    @Post("/habits/{id}/skip")
    @Operation(summary = "Skips a habit on one day on purpose (today when the body or its day is null)")
    Skipped skipHabit(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id, @Body @Nullable SkipBody day) {
        return trackers.of(person).skipHabit(id, day == null ? new SkipBody(null) : day);
    }

    @Post("/habits/{id}/pause")
    @Operation(summary = "Pauses a habit over days (from null: today)")
    Paused pauseHabit(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id, @Body PauseBody days) {
        return trackers.of(person).pauseHabit(id, days);
    }

    @Post("/habits/pause")
    @Operation(summary = "Pauses every active habit over days, e.g. for a holiday")
    Paused pauseAll(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body PauseBody days) {
        return trackers.of(person).pauseAll(days);
    }

    @Post("/habits/{id}/unskip")
    @Operation(
            summary = "Takes back the skip of a day (today when the body or its day is null); "
                    + "wasSkipped tells whether it was skipped")
    Unskipped unskipHabit(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String id, @Body @Nullable SkipBody day) {
        return trackers.of(person).unskipHabit(id, day == null ? new SkipBody(null) : day);
    }

    @Post("/habits/{id}/resume")
    @Operation(
            summary = "Ends a habit's pauses before a day (today when the body or its from is null): "
                    + "a running pause is cut short, later ones are removed")
    Resumed resumeHabit(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            String id,
            @Body @Nullable ResumeBody from) {
        return trackers.of(person).resumeHabit(id, from == null ? new ResumeBody(null) : from);
    }

    @Post("/habits/resume")
    @Operation(summary = "Ends every habit's pauses before a day (today when the body or its from is null)")
    Resumed resumeAll(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body @Nullable ResumeBody from) {
        return trackers.of(person).resumeAll(from == null ? new ResumeBody(null) : from);
    }

    @Get("/progress{?weeks}")
    @Operation(summary = "Streaks, strength, adherence, heat map, tightness trend and relief of every active habit")
    Stats progress(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(
                            description = "weeks of heat map",
                            required = false,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "" + ProgressService.MIN_WEEKS,
                                            maximum = "" + ProgressService.MAX_WEEKS,
                                            defaultValue = "12"))
                    @QueryValue(defaultValue = "12")
                    int weeks) {
        return trackers.of(person).progress(weeks);
    }

    @Get("/habits/{id}/progress{?weeks}")
    @Operation(summary = "The progress of one habit")
    Stats habitProgress(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            String id,
            @Parameter(
                            description = "weeks of heat map",
                            required = false,
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "" + ProgressService.MIN_WEEKS,
                                            maximum = "" + ProgressService.MAX_WEEKS,
                                            defaultValue = "12"))
                    @QueryValue(defaultValue = "12")
                    int weeks) {
        return trackers.of(person).progress(id, weeks);
    }

    @Get("/templates")
    @Operation(summary = "The habit templates of every loaded plugin")
    Templates templates(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).templates();
    }
}
