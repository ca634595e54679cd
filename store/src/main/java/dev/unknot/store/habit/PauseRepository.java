package dev.unknot.store.habit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PauseRepository extends GenericRepository<PauseRow, Long> {

    PauseRow save(PauseRow row);

    List<PauseRow> findByPersonId(long personId);

    List<PauseRow> findByPersonIdAndHabitId(long personId, long habitId);

    /** Ends a pause earlier: on {@code lastDay}, which must not be before its first day. */
    @Query("UPDATE habit_pause SET last_day = :lastDay WHERE id = :id")
    void endOn(long id, LocalDate lastDay);

    @Query("DELETE FROM habit_pause WHERE id = :id")
    void remove(long id);
}
