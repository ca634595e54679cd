package dev.unknot.wire.error;

/**
 * An id that names nothing the person owns. Another person's habit or check-in gets exactly the
 * same answer as an id that was never used, so ids reveal nothing. A web front end answers 404.
 */
public final class NotFoundException extends TrackerException {

    public NotFoundException(String what, Object id) {
        super("no " + what + " " + id);
    }
}
