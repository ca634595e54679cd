package dev.unknot.store;

/**
 * A request that clashes with what is already stored, such as a username that is taken. Nothing
 * was written. A web front end answers 409.
 */
public final class ConflictException extends StoreException {

    public ConflictException(String message) {
        super(message);
    }
}
