package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
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

    /** Every habit that reminds someone who has a channel, in one read for the delivery job. */
    @Query("""
            SELECT r.person_id, r.habit_id, r.times, p.time_zone, p.day_start_minute
            FROM habit_reminder r
            JOIN person p ON p.id = r.person_id
            JOIN reminder_settings s ON s.person_id = r.person_id
            WHERE r.times <> 'off' AND s.channels <> ''""")
    List<ReminderClock> findClocks();
}
