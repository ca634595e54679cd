package dev.unknot.store.checkin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CheckInRepository extends GenericRepository<CheckInRow, Long> {

    CheckInRow save(CheckInRow row);

    CheckInRow update(CheckInRow row);

    void delete(CheckInRow row);

    Optional<CheckInRow> findByIdAndPersonId(Long id, long personId);

    Optional<CheckInRow> findByPersonIdAndClientId(long personId, String clientId);

    List<CheckInRow> findByPersonIdAndHabitId(long personId, long habitId);

    List<CheckInRow> findByPersonIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
            long personId, Instant doneAt, Instant doneAtBefore);

    boolean existsByPersonId(long personId);

    /** The check-in the person recorded last, whatever time it was back-dated to. */
    @Query("SELECT * FROM check_in WHERE person_id = :personId ORDER BY recorded_at DESC, id DESC LIMIT 1")
    Optional<CheckInRow> findLastRecorded(long personId);
}
