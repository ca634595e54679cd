package dev.unknot.api.own;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.own.OwnExercisesEntry;
import dev.unknot.wire.own.OwnExported;
import dev.unknot.wire.own.OwnImported;
import dev.unknot.wire.own.OwnRoutineBody;
import dev.unknot.wire.own.OwnTechniqueBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/**
 * The token person's own techniques and routines (docs/own-exercises.md). Their ids are
 * {@code my/<slug>}, two path segments like every namespaced id; another person's id is answered
 * 404 exactly like one that was never used. Once made, they are also in {@code /techniques} and
 * {@code /routines} for their owner, and a habit can do them.
 */
@Controller("/api/v1/own")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "own exercises")
@ApiErrors
final class OwnExercisesController {

    private final Trackers trackers;

    OwnExercisesController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get
    @Operation(summary = "The person's own techniques and routines, in order of id")
    OwnExercisesEntry list(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).ownExercises();
    }

    @Post("/techniques")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Makes a technique of the person's own",
            description = "Its id, my/<slug>, is made from its name and kept when the name changes.")
    TechniqueDetail addTechnique(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body OwnTechniqueBody technique) {
        return trackers.of(person).addOwnTechnique(technique);
    }

    @Patch("/techniques/{namespace}/{name}")
    @Operation(
            summary = "Changes an own technique, e.g. /own/techniques/my/wall-slide",
            description = "Fields left out keep their value; own routines doing it follow a change of its sides.")
    TechniqueDetail editTechnique(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            String namespace,
            String name,
            @Body OwnTechniqueBody changes) {
        return trackers.of(person).editOwnTechnique(namespace + "/" + name, changes);
    }

    @Post("/routines")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Makes a routine of the person's own from built-in techniques and their own")
    RoutineDetail addRoutine(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body OwnRoutineBody routine) {
        return trackers.of(person).addOwnRoutine(routine);
    }

    @Patch("/routines/{namespace}/{name}")
    @Operation(summary = "Changes an own routine; fields left out keep their value")
    RoutineDetail editRoutine(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            String namespace,
            String name,
            @Body OwnRoutineBody changes) {
        return trackers.of(person).editOwnRoutine(namespace + "/" + name, changes);
    }

    @Delete("/{namespace}/{name}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Removes an own technique or routine, e.g. /own/my/wall-slide",
            description = "409 while an active habit or an own routine uses it, saying which.")
    void remove(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, String namespace, String name) {
        trackers.of(person).removeOwn(namespace + "/" + name);
    }

    @Get("/export{?id}")
    @Operation(
            summary = "The person's own techniques and routines as a data plugin file (YAML)",
            description = "The file passes 'unknot plugin check'; its ids move from my/ to the plugin id.")
    OwnExported export(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "the file's plugin id; made from the person's name when left out")
                    @QueryValue
                    @Nullable
                    String id) {
        return trackers.of(person).exportOwn(Optional.ofNullable(id));
    }

    @Post("/import")
    @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Adds the techniques and routines of a data plugin file to the person's own",
            description = "The body is the file (YAML or JSON). The answer lists what was added and what"
                    + " skipped, with why; a file that is not a data plugin is a 400 with every problem.")
    OwnImported importFile(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body String file) {
        return trackers.of(person).importOwn(file);
    }
}
