package dev.unknot.app.reminder;

/**
 * A test reminder that did not go, with the channel's reason on its own: front ends that name the
 * channel themselves show the reason alone, the others the whole message.
 */
public final class TestReminderNotSentException extends RuntimeException {

    private final Channel channel;
    private final String reason;

    TestReminderNotSentException(Channel channel, String reason, Throwable cause) {
        super("the test reminder by " + channel.text() + " did not go: " + reason, cause);
        this.channel = channel;
        this.reason = reason;
    }

    public Channel channel() {
        return channel;
    }

    /** Why it did not go, in words an operator or the person can act on: how the server or the person is set up. */
    public String reason() {
        return reason;
    }
}
