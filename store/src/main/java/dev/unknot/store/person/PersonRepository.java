package dev.unknot.store.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonRepository extends GenericRepository<PersonRow, Long> {

    /**
     * Inserts the row unless its username is taken; returns the number of rows inserted. The unique
     * constraint decides, so two processes creating the same person store one, and neither fails.
     */
    @Query("""
            INSERT INTO person (username, password_hash, time_zone, day_start_minute, created_at)
            VALUES (:username, :passwordHash, :timeZone, :dayStartMinute, :createdAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessTaken(
            String username, @Nullable String passwordHash, String timeZone, int dayStartMinute, Instant createdAt);

    Optional<PersonRow> findById(Long id);

    Optional<PersonRow> findByUsername(String username);

    long countByPasswordHashIsNotNull();

    void update(@Id Long id, String timeZone, int dayStartMinute);

    /**
     * Raises the person's revision: every change to their data does, in its own transaction. The
     * row stays locked until that transaction ends.
     */
    @Query("UPDATE person SET revision = revision + 1 WHERE id = :id")
    int raiseRevision(long id);

    /** The person's revision, with their row locked until the caller's transaction ends. */
    @Query("SELECT revision FROM person WHERE id = :id FOR UPDATE")
    Optional<Long> lockRevision(long id);

    /** Replaces a web account's password hash; returns 0 for the local person, who has none. */
    @Query("UPDATE person SET password_hash = :passwordHash WHERE id = :id AND password_hash IS NOT NULL")
    int changePasswordHash(long id, String passwordHash);

    /** Every account (everyone but the command line's own person), oldest first. */
    @Query("SELECT * FROM person WHERE username <> 'local' ORDER BY created_at, id")
    List<PersonRow> findAccounts();

    @Query("SELECT COUNT(*) FROM person WHERE username <> 'local'")
    long countAccounts();

    /** Makes the person the administrator when nobody is one yet: the first account is. */
    @Query("UPDATE person SET is_admin = TRUE WHERE id = :id AND NOT EXISTS (SELECT 1 FROM person WHERE is_admin)")
    int becomeFirstAdmin(long id);

    @Query("UPDATE person SET is_admin = TRUE WHERE id = :id")
    int makeAdmin(long id);

    /** The administrators who can sign in, their rows locked until the caller's transaction ends. */
    @Query("SELECT id FROM person WHERE is_admin = TRUE AND disabled = FALSE ORDER BY id FOR UPDATE")
    List<Long> lockActiveAdmins();

    @Query("UPDATE person SET disabled = :disabled WHERE id = :id")
    int changeDisabled(long id, boolean disabled);

    /**
     * Writes when the person was last active. The parameter is bound through the entity property's
     * converter, {@link dev.unknot.store.db.InstantColumn}.
     */
    @Query("UPDATE person SET last_active_at = :lastActiveAt WHERE id = :id")
    void noteActivity(long id, Instant lastActiveAt);

    @Query("UPDATE person SET cues_muted = :muted WHERE id = :id")
    int changeCuesMuted(long id, boolean muted);

    /** Sets a password from a reset link, also for an account that had none; never the local person's. */
    @Query("UPDATE person SET password_hash = :passwordHash WHERE id = :id AND username <> 'local'")
    int resetPasswordHash(long id, String passwordHash);

    /** Deletes the person; every row of theirs goes with it (the foreign keys cascade). */
    @Query("DELETE FROM person WHERE id = :id")
    int deletePerson(long id);
}
