package dev.unknot.store.habit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PauseRepository extends GenericRepository<PauseRow, Long> {

    PauseRow save(PauseRow row);

    List<PauseRow> findByPersonId(long personId);

    List<PauseRow> findByPersonIdAndHabitId(long personId, long habitId);
}
