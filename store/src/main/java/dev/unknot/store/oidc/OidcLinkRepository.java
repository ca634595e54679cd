package dev.unknot.store.oidc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OidcLinkRepository extends GenericRepository<OidcLinkRow, String> {

    /**
     * Links the identity unless it or the person's link to this issuer exists; returns the number of
     * rows inserted. The constraints decide, so two first sign-ins at once store one link.
     */
    @Query("""
            INSERT INTO oidc_link (issuer, subject, person_id, created_at)
            VALUES (:issuer, :subject, :personId, :createdAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessLinked(String issuer, String subject, long personId, Instant createdAt);

    @Query("SELECT person_id FROM oidc_link WHERE issuer = :issuer AND subject = :subject")
    Optional<Long> findPerson(String issuer, String subject);

    @Query("SELECT subject FROM oidc_link WHERE issuer = :issuer AND person_id = :personId")
    Optional<String> findSubject(String issuer, long personId);
}
