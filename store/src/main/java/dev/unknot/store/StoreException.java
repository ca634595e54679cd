package dev.unknot.store;

/**
 * A request the store turned down, with a message a person can act on. Front ends print the
 * message as their one line of error, or answer with it.
 */
public abstract sealed class StoreException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, StoreUnavailableException {

    protected StoreException(String message) {
        super(message);
    }

    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
