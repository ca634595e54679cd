package dev.unknot.wire.error;

/**
 * The database cannot be opened: a PostgreSQL server that does not answer, credentials it refuses,
 * a data directory that cannot be written. The message names the database (never its password).
 * It surfaces on the first use of a service, wrapped by Micronaut in a bean-creation exception:
 * front ends look for it among the causes. A front end exits with 1, or answers 503.
 */
public final class UnavailableException extends TrackerException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
