package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PushSubscriptionRepository extends GenericRepository<PushSubscriptionRow, Long> {

    PushSubscriptionRow save(PushSubscriptionRow row);

    Optional<PushSubscriptionRow> findByEndpoint(String endpoint);

    List<PushSubscriptionRow> findByPersonIdOrderById(long personId);

    /** Forgets a subscription, whoever's it is; returns the number of rows deleted. */
    int deleteByEndpoint(String endpoint);

    /** Forgets one of the person's subscriptions; returns the number of rows deleted. */
    int deleteByPersonIdAndEndpoint(long personId, String endpoint);

    /** Whether any browser gets the person's reminders. */
    boolean existsByPersonId(long personId);

    @Query("SELECT COUNT(*) FROM push_subscription WHERE person_id = :personId")
    long countByPersonId(long personId);
}
