package dev.unknot.wire.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * {@code POST /api/v1/push/subscriptions}: a browser's {@code PushSubscription} as its
 * {@code toJSON()} gives it: the endpoint and the keys, base64url. {@code expirationTime} is read
 * and not kept: push services say when a subscription is gone.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record PushSubscriptionBody(
        String endpoint, @Nullable Long expirationTime, Keys keys) {

    /** The browser's P-256 public key ({@code p256dh}, 65 bytes) and auth secret (16 bytes). */
    @Serdeable
    public record Keys(String p256dh, String auth) {}
}
