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
 */
public record ReminderSettings(
        Set<Channel> channels, Optional<String> email, Optional<URI> ntfyTopic, Optional<QuietHours> quiet) {

    public ReminderSettings {
        channels = Collections.unmodifiableSet(
                channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels));
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(ntfyTopic, "ntfy topic");
        Objects.requireNonNull(quiet, "quiet hours");
    }

    /** No channel, no quiet hours: what a person has until they choose. */
    public static ReminderSettings none() {
        return new ReminderSettings(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
