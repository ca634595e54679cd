package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's one key for reminder action links. Instants are bound through the entity property's
 * converter ({@link dev.unknot.store.db.InstantColumn}), so the parameter is named after it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderActionKeyRepository extends GenericRepository<ReminderActionKeyRow, Integer> {

    /** Keeps the key unless one is kept already (another server's); returns the rows inserted. */
    @Query("""
            INSERT INTO reminder_action_key (id, secret, created_at)
            VALUES (1, :secret, :createdAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessKept(String secret, Instant createdAt);

    Optional<ReminderActionKeyRow> findById(int id);
}
