package dev.unknot.store.db;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/**
 * With {@code unknot.database.eager=true} the database is opened and migrated while the context
 * starts, so that a server fails at start-up rather than on its first request. The CLI leaves it
 * off: a command that never touches the database never opens it.
 */
@Context
@Requires(property = "unknot.database.eager", value = "true")
final class EagerOpening {

    EagerOpening(ConnectionPool pool) {
        // Creating the pool opens and migrates the database.
    }
}
