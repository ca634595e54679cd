package dev.unknot.app.reminder;

import dev.unknot.app.person.PersonId;

/** Carries a reminder over one channel. */
public interface ReminderSender {

    Channel channel();

    /**
     * Sends {@code message} to where {@code settings} say this channel goes.
     *
     * @throws SendFailedException when it could not be sent, in words an operator can act on
     */
    void send(ReminderSettings settings, ReminderMessage message);

    /**
     * Sends {@code message} to the person: a channel whose addresses are not in the settings (the
     * browsers Web Push reaches) needs to know whose it is.
     *
     * @throws SendFailedException when it could not be sent, in words an operator can act on
     */
    default void send(PersonId person, ReminderSettings settings, ReminderMessage message) {
        send(settings, message);
    }

    /**
     * Lets go of what the sender keeps open between sends (connections): the delivery job has sent
     * what was due, and the next sends may be hours away.
     */
    default void idle() {}

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
