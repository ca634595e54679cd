package dev.unknot.store.db;

import dev.unknot.wire.error.UnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Tells a database that cannot be reached from other failures: however the driver, the pool or
 * Micronaut Data wrapped it, a failure caused by a lost or refused connection means "try again
 * later", not a fault of the request or of the server.
 */
public final class Outages {

    private static final int MAX_DEPTH = 20;

    private Outages() {}

    /** The outage behind {@code failure}, as the one error that front ends answer with 503 or exit 1. */
    public static Optional<UnavailableException> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof UnavailableException unavailable) {
                return Optional.of(unavailable);
            }
            if (lostConnection(cause)) {
                return Optional.of(new UnavailableException("the database is unavailable; try again later", failure));
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    private static boolean lostConnection(Throwable cause) {
        if (cause instanceof ConnectionException || cause instanceof CannotCreateTransactionException) {
            // Micronaut Data could not get or prepare a connection: a pooled one the outage broke.
            return true;
        }
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
            return state.startsWith("08") || state.startsWith("57P0");
        }
        return false;
    }
}
