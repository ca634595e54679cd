package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Snoozed reminders. Instants are bound through the row's converter, so parameters are named after them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SnoozeRepository extends GenericRepository<SnoozeRow, Long> {

    /** Snoozes an already snoozed reminder again; returns the number of rows changed. */
    @Query("""
            UPDATE reminder_snooze SET until_at = :until, snoozes = snoozes + 1
            WHERE habit_id = :habitId AND slot = :slot AND person_id = :personId""")
    int snoozeAgain(long habitId, String slot, long personId, Instant until);

    /** Snoozes a reminder the first time, unless another request just did; returns the number of rows inserted. */
    @Query("""
            INSERT INTO reminder_snooze (habit_id, slot, person_id, due_at, until_at, snoozes)
            VALUES (:habitId, :slot, :personId, :dueAt, :until, 1)
            ON CONFLICT DO NOTHING""")
    int snooze(long habitId, String slot, long personId, Instant dueAt, Instant until);

    /** The person's snoozes that end at or after {@code until}: older ones no longer hold anything back. */
    @Query("SELECT * FROM reminder_snooze WHERE person_id = :personId AND until_at >= :until")
    List<SnoozeRow> findLive(long personId, Instant until);

    /**
     * Everyone's snoozes that end from {@code dueAt} (included) to {@code until} (excluded): the
     * reminders that come back then, whatever their clock times. ({@code dueAt} is the stretch's
     * start, named so that it is bound as an instant column is.)
     */
    @Query("SELECT * FROM reminder_snooze WHERE until_at >= :dueAt AND until_at < :until")
    List<SnoozeRow> findEndingBetween(Instant dueAt, Instant until);

    /** Forgets the person's snoozes that ended before {@code until}. */
    @Query("DELETE FROM reminder_snooze WHERE person_id = :personId AND until_at < :until")
    int forgetEnded(long personId, Instant until);
}
