package dev.unknot.api.safety;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyScreenEntry;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The safety screen: a few yes/no questions about red flags, offered once and retaken at will. */
@Controller("/api/v1/safety-screen")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "safety")
@ApiErrors
final class SafetyScreenController {

    private final Trackers trackers;

    SafetyScreenController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get
    @Operation(summary = "The screen's questions, whether to offer it now, the answers last given and the advice")
    SafetyScreenEntry safetyScreen(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return trackers.of(person).safetyScreen();
    }

    @Put
    @Operation(
            summary = "Keeps the answers (ids answered yes; the rest are no) or, with later: true, puts the screen off")
    SafetyScreenEntry answerSafetyScreen(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body SafetyAnswersBody answers) {
        return trackers.of(person).answerSafetyScreen(answers);
    }
}
