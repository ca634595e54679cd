package dev.unknot.store.safety;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SafetyScreenRepository extends GenericRepository<SafetyScreenRow, Long> {

    Optional<SafetyScreenRow> findById(long personId);

    SafetyScreenRow save(SafetyScreenRow row);

    SafetyScreenRow update(SafetyScreenRow row);

    @Query("DELETE FROM safety_screen WHERE person_id = :personId")
    int forget(long personId);
}
