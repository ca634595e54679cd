package dev.unknot.store.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanAnswersRepository extends GenericRepository<PlanAnswersRow, Long> {

    Optional<PlanAnswersRow> findById(long personId);

    PlanAnswersRow save(PlanAnswersRow row);

    PlanAnswersRow update(PlanAnswersRow row);
}
