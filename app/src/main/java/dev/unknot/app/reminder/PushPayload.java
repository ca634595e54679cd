package dev.unknot.app.reminder;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a push message carries, as JSON, for the service worker ({@code unknot-sw.js}) to show.
 *
 * @param habit the habit's id, null in a test message
 * @param slot the wall-clock time the reminder was set for, e.g. {@code 2025-03-10T12:30}; null in a test
 * @param url the page a click opens: Today
 */
@Serdeable
record PushPayload(String title, String body, Long habit, String slot, String url) {

    static PushPayload of(ReminderMessage message) {
        return new PushPayload(
                message.title(),
                message.body(),
                message.habit().map(habit -> habit.value()).orElse(null),
                message.slot().map(Object::toString).orElse(null),
                // Without the server's public address, the path: the worker resolves it on its own origin.
                message.open().map(Object::toString).orElse("/"));
    }
}
