package dev.unknot.store.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PasswordResetRepository extends GenericRepository<PasswordResetRow, Long> {

    PasswordResetRow save(PasswordResetRow row);

    Optional<PasswordResetRow> findByTokenHash(String tokenHash);

    /** The link, its row locked until the caller's transaction ends, so that it is used once. */
    @Query("SELECT * FROM password_reset WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<PasswordResetRow> lockByTokenHash(String tokenHash);

    /** Forgets the person's unused links: a new one replaces them. */
    @Query("DELETE FROM password_reset WHERE person_id = :personId AND used_at IS NULL")
    int deleteUnused(long personId);

    @Query("UPDATE password_reset SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    int use(long id, Instant usedAt);
}
