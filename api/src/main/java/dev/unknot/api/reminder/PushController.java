package dev.unknot.api.reminder;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.reminder.PushSubscription;
import dev.unknot.app.reminder.PushSubscriptions;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.reminder.PushPublicKey;
import dev.unknot.wire.reminder.PushSubscriptionBody;
import dev.unknot.wire.reminder.PushSubscriptionEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Web Push: the server's public key and the browsers that get the person's reminders. A browser's
 * page subscribes with the key, then hands its {@code PushSubscription} here; subscribing chooses
 * the {@code web-push} channel, and stopping the last browser leaves it.
 */
@Controller("/api/v1/push")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reminders")
@ApiErrors
final class PushController {

    private final PushSubscriptions subscriptions;

    PushController(PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Get("/public-key")
    @Operation(summary = "The server's VAPID public key, which a browser subscribes with (base64url, 65 bytes)")
    PushPublicKey publicKey(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return new PushPublicKey(subscriptions.publicKey());
    }

    @Get("/subscriptions")
    @Operation(summary = "The browsers that get the person's reminders by Web Push, oldest first")
    List<PushSubscriptionEntry> subscriptions(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return subscriptions.of(person).stream().map(PushController::entry).toList();
    }

    @Post("/subscriptions")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Keeps a browser's PushSubscription (its toJSON()) and chooses the web-push channel; the"
                    + " endpoint must be https (http only for a loopback host), p256dh 65 bytes and auth 16, base64url")
    PushSubscriptionEntry subscribe(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Body PushSubscriptionBody subscription,
            @Header(value = "User-Agent", defaultValue = "") String userAgent) {
        if (subscription.keys() == null) {
            throw new InvalidInputException("keys", "give the subscription's keys: {\"p256dh\": ..., \"auth\": ...}");
        }
        return entry(subscriptions.subscribe(
                person,
                subscription.endpoint(),
                subscription.keys().p256dh(),
                subscription.keys().auth(),
                userAgent));
    }

    @Delete("/subscriptions{?endpoint}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Stops Web Push to one browser, named by its endpoint; stopping the last leaves the"
                    + " web-push channel. 404 when the person has no such subscription")
    void unsubscribe(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "the subscription's endpoint, URL-encoded") @Nullable @QueryValue
                    String endpoint) {
        if (!subscriptions.unsubscribe(person, endpoint)) {
            throw new NotFoundException("push subscription with the endpoint", endpoint);
        }
    }

    private static PushSubscriptionEntry entry(PushSubscription subscription) {
        return new PushSubscriptionEntry(
                subscription.endpoint().toString(),
                subscription.browser(),
                subscription.created().toString());
    }
}
