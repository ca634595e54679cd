package dev.unknot.app.reminder;

import dev.unknot.core.reminder.Reminder;
import java.util.Objects;
import java.util.Set;

/** A reminder that will fall due, and the channels it will go to (none: only where Unknot is open). */
public record UpcomingReminder(Reminder reminder, Set<Channel> channels) {

    public UpcomingReminder {
        Objects.requireNonNull(reminder, "reminder");
        channels = Set.copyOf(channels);
    }
}
