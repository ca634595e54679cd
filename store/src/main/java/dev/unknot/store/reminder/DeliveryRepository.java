package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries. Instants are bound through the entity properties' converter
 * ({@link dev.unknot.store.db.InstantColumn}), so parameters are named after them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeliveryRepository extends GenericRepository<DeliveryRow, Long> {

    Optional<DeliveryRow> findByHabitIdAndSlotAndChannelAndSnoozes(
            long habitId, String slot, String channel, int snoozes);

    /** Deliveries waiting for another attempt whose time has come, and claims left by a server that stopped. */
    @Query("""
            SELECT * FROM reminder_delivery
            WHERE (status = 'RETRY' AND next_attempt_at <= :nextAttemptAt)
               OR (status = 'SENDING' AND updated_at < :updatedAt)
            ORDER BY id LIMIT 500""")
    List<DeliveryRow> findWaiting(Instant nextAttemptAt, Instant updatedAt);

    /**
     * Claims a waiting delivery again, unless another server has since: compares its status and
     * attempts with what the caller read. Returns the number of rows claimed.
     */
    @Query("""
            UPDATE reminder_delivery SET status = 'SENDING', updated_at = :updatedAt
            WHERE id = :id AND status = :status AND attempts = :attempts""")
    int reclaim(long id, String status, int attempts, Instant updatedAt);

    /** Records how an attempt went. */
    @Query("""
            UPDATE reminder_delivery
            SET status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt, updated_at = :updatedAt,
                last_error = :lastError
            WHERE id = :id""")
    void record(
            long id,
            String status,
            int attempts,
            @jakarta.annotation.Nullable Instant nextAttemptAt,
            Instant updatedAt,
            @jakarta.annotation.Nullable String lastError);

    List<DeliveryRow> findByPersonIdOrderById(long personId);

    /** The deliveries of any of the habits at any of the slots: found through the unique key's index. */
    List<DeliveryRow> findByHabitIdInAndSlotIn(Collection<Long> habitId, Collection<String> slot);

    long countByStatus(String status);
}
