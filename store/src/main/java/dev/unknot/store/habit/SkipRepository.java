package dev.unknot.store.habit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SkipRepository extends GenericRepository<SkipRow, Long> {

    /** In a savepoint of its own, so that skipping a day twice leaves the caller's transaction usable. */
    @Transactional(propagation = TransactionDefinition.Propagation.NESTED)
    SkipRow save(SkipRow row);

    List<SkipRow> findByPersonId(long personId);

    List<SkipRow> findByPersonIdAndHabitId(long personId, long habitId);
}
