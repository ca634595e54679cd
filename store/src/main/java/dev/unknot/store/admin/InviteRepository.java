package dev.unknot.store.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InviteRepository extends GenericRepository<InviteRow, Long> {

    InviteRow save(InviteRow row);

    Optional<InviteRow> findById(Long id);

    /** The invitation, its row locked until the caller's transaction ends, so that it is used once. */
    @Query("SELECT * FROM invite WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<InviteRow> lockByTokenHash(String tokenHash);

    Optional<InviteRow> findByTokenHash(String tokenHash);

    /** Invitations neither used nor revoked, newest first; the expired ones among them too. */
    @Query("SELECT * FROM invite WHERE used_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC, id DESC")
    List<InviteRow> findOpen();

    /** Marks the invitation used by the new account. The instant is bound through the entity property's converter. */
    @Query("UPDATE invite SET used_at = :usedAt, used_by = :usedBy WHERE id = :id AND used_at IS NULL")
    int use(long id, Instant usedAt, long usedBy);

    @Query("UPDATE invite SET revoked_at = :revokedAt WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int revoke(long id, Instant revokedAt);
}
