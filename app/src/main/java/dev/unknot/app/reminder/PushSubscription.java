package dev.unknot.app.reminder;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One browser that gets the person's reminders by Web Push.
 *
 * @param endpoint the push service's address for this browser, as its {@code PushSubscription} names it
 * @param p256dh the browser's P-256 public key, base64url
 * @param auth the browser's authentication secret, base64url
 * @param browser which browser, in a person's words, e.g. {@code Firefox on Linux}
 */
public record PushSubscription(URI endpoint, String p256dh, String auth, Instant created, String browser) {

    public PushSubscription {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(p256dh, "p256dh");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(browser, "browser");
    }
}
