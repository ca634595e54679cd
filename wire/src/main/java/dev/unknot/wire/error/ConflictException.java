package dev.unknot.wire.error;

/**
 * A request that clashes with what is already stored, such as a username that is taken. Nothing
 * was written. A web front end answers 409.
 */
public final class ConflictException extends TrackerException {

    public ConflictException(String message) {
        super(message);
    }
}
