package dev.unknot.app.reminder;

import java.util.Objects;

/** Published for each attempt to send a reminder, so that the server can count them by channel. */
public record ReminderSendOutcome(Channel channel, boolean sent) {

    public ReminderSendOutcome {
        Objects.requireNonNull(channel, "channel");
    }
}
