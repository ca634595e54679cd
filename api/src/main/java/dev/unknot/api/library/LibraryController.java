package dev.unknot.api.library;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.library.Pillars;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.Routines;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.library.Techniques;
import dev.unknot.wire.plugins.Plugins;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/**
 * The library of every loaded plugin. A namespaced id such as {@code stretching/cat-cow} is two
 * path segments: {@code /techniques/stretching/cat-cow}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "library")
@ApiErrors
final class LibraryController {

    private final Trackers trackers;

    LibraryController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get("/pillars")
    @Operation(summary = "The pillars, in order of name")
    Pillars pillars(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).pillars();
    }

    @Get("/techniques{?pillar}")
    @Operation(summary = "Every technique, or one pillar's, in order of id")
    Techniques techniques(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "a pillar id such as stretching") @QueryValue @Nullable String pillar) {
        return trackers.of(person).techniques(Optional.ofNullable(pillar));
    }

    @Get("/techniques/{namespace}/{name}")
    @Operation(summary = "One technique, e.g. /techniques/stretching/childs-pose")
    TechniqueDetail technique(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String namespace, String name) {
        return trackers.of(person).technique(namespace + "/" + name);
    }

    @Get("/routines")
    @Operation(summary = "Every routine")
    Routines routines(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).routines();
    }

    @Get("/routines/{namespace}/{name}")
    @Operation(summary = "One routine with its steps, e.g. /routines/stretching/four-stretch-release")
    RoutineDetail routine(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, String namespace, String name) {
        return trackers.of(person).routine(namespace + "/" + name);
    }

    @Get("/plugins")
    @Operation(
            summary =
                    "The loaded plugins with their versions and health (ok or degraded, with the reason), and the failed ones with every problem")
    Plugins plugins(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).plugins();
    }
}
