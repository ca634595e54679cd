package dev.unknot.store.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccessTokenRepository extends GenericRepository<AccessTokenRow, Long> {

    AccessTokenRow save(AccessTokenRow row);

    AccessTokenRow update(AccessTokenRow row);

    /**
     * Writes the last use alone, so that it never undoes a revocation made in the meantime. The
     * parameter is bound through the entity property's converter, {@link dev.unknot.store.db.InstantColumn}.
     */
    @Query("UPDATE access_token SET last_used_at = :lastUsedAt WHERE id = :id")
    void noteUse(long id, Instant lastUsedAt);

    /** The lookup of every API call: by the unique index on the hash. */
    Optional<AccessTokenRow> findBySecretHash(String secretHash);

    Optional<AccessTokenRow> findByIdAndPersonId(Long id, long personId);

    boolean existsByPersonIdAndLiveName(long personId, String liveName);

    /** The person's live tokens, newest first (by id when two were created in the same instant). */
    @Query(
            "SELECT * FROM access_token WHERE person_id = :personId AND revoked_at IS NULL ORDER BY created_at DESC, id DESC")
    List<AccessTokenRow> findLive(long personId);
}
