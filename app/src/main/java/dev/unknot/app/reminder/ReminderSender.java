package dev.unknot.app.reminder;

/** Carries a reminder over one channel. */
public interface ReminderSender {

    Channel channel();

    /**
     * Sends {@code message} to where {@code settings} say this channel goes.
     *
     * @throws SendFailedException when it could not be sent, in words an operator can act on
     */
    void send(ReminderSettings settings, ReminderMessage message);

    /** A send that did not go through. */
    final class SendFailedException extends RuntimeException {
        public SendFailedException(String message, Throwable cause) {
            super(message, cause);
        }

        public SendFailedException(String message) {
            super(message);
        }
    }
}
