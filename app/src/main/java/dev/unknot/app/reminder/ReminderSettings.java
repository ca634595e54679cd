package dev.unknot.app.reminder;

import dev.unknot.core.reminder.QuietHours;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a person is reminded: the channels chosen, where each goes and the quiet hours.
 *
 * @param email the address reminders are mailed to
 * @param ntfyTopic the ntfy topic's address reminders are posted to
 * @param inApp whether the open app reminds too: a banner on Today and a browser notification
 */
public record ReminderSettings(
        Set<Channel> channels,
        Optional<String> email,
        Optional<URI> ntfyTopic,
        Optional<QuietHours> quiet,
        boolean inApp) {

    /** Settings with the open app reminding, as it does until switched off. */
    public ReminderSettings(
            Set<Channel> channels, Optional<String> email, Optional<URI> ntfyTopic, Optional<QuietHours> quiet) {
        this(channels, email, ntfyTopic, quiet, true);
    }

    public ReminderSettings {
        channels = Collections.unmodifiableSet(
                channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels));
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(ntfyTopic, "ntfy topic");
        Objects.requireNonNull(quiet, "quiet hours");
    }

    /** No server channel, no quiet hours, the open app reminding: what a person has until they choose. */
    public static ReminderSettings none() {
        return new ReminderSettings(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), true);
    }

    /** These settings with the open app reminding or not. */
    public ReminderSettings inApp(boolean on) {
        return new ReminderSettings(channels, email, ntfyTopic, quiet, on);
    }
}
