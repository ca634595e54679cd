package dev.unknot.store.habit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HabitRepository extends GenericRepository<HabitRow, Long> {

    HabitRow save(HabitRow row);

    HabitRow update(HabitRow row);

    Optional<HabitRow> findByIdAndPersonId(Long id, long personId);

    List<HabitRow> findByPersonIdOrderById(long personId);

    List<HabitRow> findByPersonIdAndStatusOrderById(long personId, String status);
}
