package dev.unknot.wire.error;

/**
 * A request the store turned down, with a message a person can act on. Front ends print the
 * message as their one line of error, or answer with it.
 */
public abstract sealed class TrackerException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, UnavailableException {

    protected TrackerException(String message) {
        super(message);
    }

    protected TrackerException(String message, Throwable cause) {
        super(message, cause);
    }
}
