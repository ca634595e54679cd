package dev.unknot.store.db;

import io.micronaut.core.annotation.Internal;
import java.sql.SQLException;

/** Recognises the failure of an insert that a unique constraint refused, on H2 and on PostgreSQL alike. */
@Internal
public final class DuplicateKey {

    /** SQLSTATE for a unique violation: the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKey() {}

    /** Whether {@code failure} was caused by a unique constraint, optionally a named one. */
    public static boolean causes(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return message.contains(constraint.toLowerCase(java.util.Locale.ROOT));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
