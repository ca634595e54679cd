package dev.unknot.store.habit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SkipRepository extends GenericRepository<SkipRow, Long> {

    /** Inserts the row unless the day is skipped already; returns the number of rows inserted. */
    @Query("""
            INSERT INTO habit_skip (person_id, habit_id, skipped_on) VALUES (:personId, :habitId, :skippedOn)
            ON CONFLICT DO NOTHING""")
    int insertUnlessSkipped(long personId, long habitId, LocalDate skippedOn);

    /** Removes the skip of that day, if any; returns the number of rows removed. */
    @Query("DELETE FROM habit_skip WHERE person_id = :personId AND habit_id = :habitId AND skipped_on = :skippedOn")
    int removeSkip(long personId, long habitId, LocalDate skippedOn);

    List<SkipRow> findByPersonId(long personId);

    List<SkipRow> findByPersonIdAndHabitId(long personId, long habitId);
}
