package dev.unknot.api.plan;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.PlanAnswersEntry;
import dev.unknot.wire.plan.Proposal;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The starter plan: an assessment of causes in, habits and a routine out. */
@Controller("/api/v1/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "plan")
@ApiErrors
final class PlanController {

    private final Trackers trackers;

    PlanController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Post("/proposal")
    @Operation(
            summary = "Proposes habits and a routine for the weighted causes or the answers given, each with"
                    + " its reason and the habit it would repeat, shaped by untick and schedules; changes no"
                    + " habit (applied is null), remembers the answers")
    Proposal proposePlan(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body AssessmentBody assessment) {
        return trackers.of(person).proposePlan(assessment);
    }

    @Post("/apply")
    @Operation(
            summary = "Creates the proposed habits the person does not have yet: never a second habit of one"
                    + " name; applied.skipped names what was left out")
    Proposal applyPlan(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body AssessmentBody assessment) {
        return trackers.of(person).applyPlan(assessment);
    }

    @Get("/answers")
    @Operation(summary = "The person's last answers to the plan's questions; null when they never answered")
    PlanAnswersEntry planAnswers(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).planAnswers();
    }
}
