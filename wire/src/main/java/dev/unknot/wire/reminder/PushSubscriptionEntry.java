package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * A browser that gets the person's reminders by Web Push: its endpoint, which browser it is (from
 * its {@code User-Agent}, e.g. {@code Firefox on Linux}) and when it subscribed (an ISO instant).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record PushSubscriptionEntry(String endpoint, String browser, String created) {}
