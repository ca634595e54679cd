package dev.unknot.app.reminder;

import dev.unknot.core.reminder.Reminder;
import java.util.Objects;

/**
 * A reminder that has fallen due, and how often it had been snoozed: a snoozed reminder comes
 * back, and is delivered again, when its snooze ends.
 */
public record DueReminder(Reminder reminder, int snoozes) {

    public DueReminder {
        Objects.requireNonNull(reminder, "reminder");
        if (snoozes < 0) {
            throw new IllegalArgumentException("snoozes cannot be negative, was " + snoozes);
        }
    }
}
