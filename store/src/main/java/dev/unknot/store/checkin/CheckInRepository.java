package dev.unknot.store.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckInRepository extends GenericRepository<CheckInRow, Long> {

    CheckInRow save(CheckInRow row);

    /**
     * Inserts the row unless the person already has a check-in with its client id; returns the
     * number of rows inserted. The unique constraint decides, so two processes racing with the
     * same client id store one row, and neither transaction fails.
     */
    @Query("""
            INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, duration_seconds,
                tightness_before, tightness_after, note, symptoms, recorded_at)
            VALUES (:personId, :habitId, :clientId, :doneAt, :amount, :durationSeconds,
                :tightnessBefore, :tightnessAfter, :note, :symptoms, :recordedAt)
            ON CONFLICT DO NOTHING""")
    int insertUnlessRecorded(
            long personId, long habitId, String clientId, Instant doneAt,
            double amount, @Nullable Long durationSeconds, @Nullable Integer tightnessBefore,
            @Nullable Integer tightnessAfter, String note, String symptoms,
            Instant recordedAt);

    CheckInRow update(CheckInRow row);

    void delete(CheckInRow row);

    Optional<CheckInRow> findByIdAndPersonId(Long id, long personId);

    Optional<CheckInRow> findByPersonIdAndClientId(long personId, String clientId);

    List<CheckInRow> findByPersonIdAndHabitId(long personId, long habitId);

    List<CheckInRow> findByPersonIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
            long personId, Instant doneAt, Instant doneAtBefore);

    boolean existsByPersonId(long personId);

    /**
     * Raises the person's history revision; every change to their check-ins does so in its own
     * transaction, which is what lets a {@link HistoryCache} trust an entry of the same revision.
     */
    @Query("UPDATE person SET history_revision = history_revision + 1 WHERE id = :personId")
    int raiseHistoryRevision(long personId);

    /** The check-in the person recorded last, whatever time it was back-dated to. */
    @Query("SELECT * FROM check_in WHERE person_id = :personId ORDER BY recorded_at DESC, id DESC LIMIT 1")
    Optional<CheckInRow> findLastRecorded(long personId);
}
