package dev.unknot.store.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
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
}
