package dev.unknot.app.reminder;

import java.net.URI;
import java.util.Objects;

/**
 * The addresses a reminder's buttons call, each carrying the reminder's action token: paths on the
 * server ({@code /api/v1/reminder-actions/TOKEN/done}), which a service worker resolves on its own
 * origin, or whole addresses once {@link #on on} the server's public address (for ntfy).
 *
 * @param done checks the habit in with its default amount
 * @param snoozeShort snoozes the reminder for 10 minutes
 * @param snoozeLong snoozes the reminder for an hour
 */
public record ReminderActionLinks(String done, String snoozeShort, String snoozeLong) {

    /** Where the action routes live; the token and the action follow. */
    public static final String PATH = "/api/v1/reminder-actions/";

    public ReminderActionLinks {
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(snoozeShort, "snoozeShort");
        Objects.requireNonNull(snoozeLong, "snoozeLong");
    }

    /** The paths for one token. */
    static ReminderActionLinks of(String token) {
        String base = PATH + token;
        return new ReminderActionLinks(base + "/done", base + "/snooze?minutes=10", base + "/snooze?minutes=60");
    }

    /** The same links as whole addresses on the server at {@code publicAddress}. */
    public ReminderActionLinks on(URI publicAddress) {
        String base = publicAddress.toString().replaceAll("/+$", "");
        return new ReminderActionLinks(base + done, base + snoozeShort, base + snoozeLong);
    }
}
