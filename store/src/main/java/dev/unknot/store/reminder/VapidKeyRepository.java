package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's one VAPID key pair. Instants are bound through the entity property's converter
 * ({@link dev.unknot.store.db.InstantColumn}), so the parameter is named after it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VapidKeyRepository extends GenericRepository<VapidKeyRow, Integer> {

    /** Keeps the key pair unless a pair is kept already (another server's); returns the rows inserted. */
    @Query("""
            INSERT INTO push_vapid_key (id, public_key, private_key, created_at)
            VALUES (1, :publicKey, :privateKey, :createdAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessKept(String publicKey, String privateKey, Instant createdAt);

    Optional<VapidKeyRow> findById(int id);
}
