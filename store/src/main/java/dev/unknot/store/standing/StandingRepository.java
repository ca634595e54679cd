package dev.unknot.store.standing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StandingRepository extends GenericRepository<StandingRow, Long> {

    List<StandingRow> findByPersonId(long personId);

    void saveAll(Iterable<StandingRow> rows);

    /** Forgets the habit's standing if it was settled on {@code day} or later: a change to that day makes it stale. */
    @Query("DELETE FROM habit_standing WHERE habit_id = :habitId AND settled_through >= :day")
    int forgetFrom(long habitId, @TypeDef(type = DataType.OBJECT) LocalDate day);

    @Query("DELETE FROM habit_standing WHERE habit_id = :habitId")
    int forgetHabit(long habitId);

    @Query("DELETE FROM habit_standing WHERE person_id = :personId")
    int forgetPerson(long personId);
}
