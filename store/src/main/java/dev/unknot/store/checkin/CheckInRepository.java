package dev.unknot.store.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CheckInRepository extends GenericRepository<CheckInRow, Long> {

    CheckInRow save(CheckInRow row);

    /** Inserts many check-ins in JDBC batches: how an import writes a long history. */
    List<CheckInRow> saveAll(Iterable<CheckInRow> rows);

    /** Every client id the person has used, in no particular order. */
    @Query("SELECT client_id FROM check_in WHERE person_id = :personId")
    List<String> clientIdsOf(long personId);

    CheckInRow update(CheckInRow row);

    void delete(CheckInRow row);

    Optional<CheckInRow> findByIdAndPersonId(Long id, long personId);

    Optional<CheckInRow> findByPersonIdAndClientId(long personId, String clientId);

    List<CheckInRow> findByPersonId(long personId);

    List<CheckInRow> findByPersonIdAndHabitId(long personId, long habitId);

    List<CheckInRow> findByPersonIdAndHabitIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
            long personId, long habitId, Instant doneAt, Instant doneAtBefore);

    /** The check-ins that reported a tightness or a pain, done in {@code [from, until)}, in no particular order. */
    @Query("""
            SELECT * FROM check_in WHERE person_id = :personId AND done_at >= :from AND done_at < :until
            AND (tightness_before IS NOT NULL OR tightness_after IS NOT NULL
                OR pain_before IS NOT NULL OR pain_after IS NOT NULL)""")
    List<CheckInRow> reportsBetween(
            long personId,
            @TypeDef(type = DataType.OBJECT) OffsetDateTime from,
            @TypeDef(type = DataType.OBJECT) OffsetDateTime until);

    /**
     * The check-in the person did first (by the time it was done for). {@code person_id} leads the
     * order so that H2, like PostgreSQL, reads it from the start of the (person, done at) index
     * instead of sorting the person's whole history.
     */
    @Query("SELECT * FROM check_in WHERE person_id = :personId ORDER BY person_id, done_at, id LIMIT 1")
    Optional<CheckInRow> findFirstDone(long personId);

    /** The person's first check-in (by the time done) that rated the tightness before. */
    @Query("""
            SELECT * FROM check_in WHERE person_id = :personId AND tightness_before IS NOT NULL
            ORDER BY person_id, done_at, id LIMIT 1""")
    Optional<CheckInRow> findFirstTightnessRated(long personId);

    /** The person's first check-in (by the time done) that rated the pain before. */
    @Query("""
            SELECT * FROM check_in WHERE person_id = :personId AND pain_before IS NOT NULL
            ORDER BY person_id, done_at, id LIMIT 1""")
    Optional<CheckInRow> findFirstPainRated(long personId);

    /** The habit's first check-in (by the time done) that rated the tightness before. */
    @Query("""
            SELECT * FROM check_in WHERE person_id = :personId AND habit_id = :habitId
            AND tightness_before IS NOT NULL ORDER BY habit_id, done_at, id LIMIT 1""")
    Optional<CheckInRow> findFirstTightnessRatedOf(long personId, long habitId);

    /** The habit's first check-in (by the time done) that rated the pain before. */
    @Query("""
            SELECT * FROM check_in WHERE person_id = :personId AND habit_id = :habitId
            AND pain_before IS NOT NULL ORDER BY habit_id, done_at, id LIMIT 1""")
    Optional<CheckInRow> findFirstPainRatedOf(long personId, long habitId);

    /**
     * Inserts a check-in unless the person has one with its client id; returns the number of rows
     * inserted. The unique constraint decides, so two processes racing with the same client id
     * store one row, and neither transaction fails. The times are bound as the entity's columns are.
     */
    @Query("""
            INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, duration_seconds,
                tightness_before, tightness_after, note, symptoms, recorded_at, pain_before, pain_after)
            VALUES (:personId, :habitId, :clientId, :doneAt, :amount, :durationSeconds,
                :tightnessBefore, :tightnessAfter, :note, :symptoms, :recordedAt, :painBefore, :painAfter)
            ON CONFLICT DO NOTHING""")
    int insertUnlessRecorded(
            long personId,
            long habitId,
            String clientId,
            Instant doneAt,
            double amount,
            @Nullable Long durationSeconds,
            @Nullable Integer tightnessBefore,
            @Nullable Integer tightnessAfter,
            String note,
            String symptoms,
            Instant recordedAt,
            @Nullable Integer painBefore,
            @Nullable Integer painAfter);

    /**
     * Of one habit's check-ins done in {@code [from, until)}, how many recorded a tightness before
     * and after, the sum of their drops and of their tightness before; the same of those that
     * rated pain before and after; none when there are no such check-ins.
     */
    @Query("""
            SELECT habit_id,
                COUNT(CASE WHEN tightness_before IS NOT NULL AND tightness_after IS NOT NULL THEN 1 END) AS reports,
                COALESCE(SUM(tightness_before - tightness_after), 0) AS total_drop,
                COALESCE(SUM(CASE WHEN tightness_after IS NOT NULL THEN tightness_before END), 0) AS total_before,
                COUNT(CASE WHEN pain_before IS NOT NULL AND pain_after IS NOT NULL THEN 1 END) AS pain_reports,
                COALESCE(SUM(pain_before - pain_after), 0) AS pain_total_drop,
                COALESCE(SUM(CASE WHEN pain_after IS NOT NULL THEN pain_before END), 0) AS pain_total_before
            FROM check_in WHERE person_id = :personId AND habit_id = :habitId
            AND done_at >= :from AND done_at < :until
            AND ((tightness_before IS NOT NULL AND tightness_after IS NOT NULL)
                OR (pain_before IS NOT NULL AND pain_after IS NOT NULL))
            GROUP BY habit_id""")
    Optional<ReliefSum> reliefSumBetween(
            long personId,
            long habitId,
            @TypeDef(type = DataType.OBJECT) OffsetDateTime from,
            @TypeDef(type = DataType.OBJECT) OffsetDateTime until);

    List<CheckInRow> findByPersonIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
            long personId, Instant doneAt, Instant doneAtBefore);

    boolean existsByPersonId(long personId);

    /** The check-in the person recorded last, whatever time it was back-dated to. */
    @Query("SELECT * FROM check_in WHERE person_id = :personId ORDER BY recorded_at DESC, id DESC LIMIT 1")
    Optional<CheckInRow> findLastRecorded(long personId);
}
