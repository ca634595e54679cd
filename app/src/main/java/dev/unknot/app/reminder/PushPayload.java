package dev.unknot.app.reminder;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * What a push message carries, as JSON, for the service worker ({@code unknot-sw.js}) to show.
 *
 * @param habit the habit's id, null in a test message
 * @param slot the wall-clock time the reminder was set for, e.g. {@code 2025-03-10T12:30}; null in a test
 * @param url the page a click opens: Today
 * @param actions the reminder's buttons, most wanted first (a browser shows as many as it can); none
 *     in a test message
 */
@Serdeable
record PushPayload(String title, String body, Long habit, String slot, String url, List<Action> actions) {

    /**
     * One button: the worker POSTs to {@code url} (on its own origin) when it is pressed.
     *
     * @param action what it does: {@code done}, {@code snooze-10} or {@code snooze-60}
     * @param title its label
     */
    @Serdeable
    record Action(String action, String title, String url) {}

    static PushPayload of(ReminderMessage message, Optional<ReminderActionLinks> links) {
        return new PushPayload(
                message.title(),
                message.body(),
                message.habit().map(habit -> habit.value()).orElse(null),
                message.slot().map(Object::toString).orElse(null),
                // Without the server's public address, the path: the worker resolves it on its own origin.
                message.open().map(Object::toString).orElse("/"),
                links.map(PushPayload::actions).orElse(List.of()));
    }

    /**
     * Relative links ({@code api/v1/reminder-actions/...}): the worker resolves them against its scope,
     * the web UI's root, so they reach this server however it is addressed, under a path too.
     */
    private static List<Action> actions(ReminderActionLinks links) {
        return List.of(
                new Action("done", "Done", links.done().substring(1)),
                new Action("snooze-10", "Snooze 10 min", links.snoozeShort().substring(1)),
                new Action("snooze-60", "Snooze 1 hour", links.snoozeLong().substring(1)));
    }
}
