package dev.unknot.store.reminder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HabitReminderRepository extends GenericRepository<HabitReminderRow, Long> {

    HabitReminderRow save(HabitReminderRow row);

    HabitReminderRow update(HabitReminderRow row);

    Optional<HabitReminderRow> findByHabitIdAndPersonId(long habitId, long personId);

    List<HabitReminderRow> findByPersonId(long personId);
}
