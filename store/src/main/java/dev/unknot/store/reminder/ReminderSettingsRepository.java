package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReminderSettingsRepository extends GenericRepository<ReminderSettingsRow, Long> {

    ReminderSettingsRow save(ReminderSettingsRow row);

    ReminderSettingsRow update(ReminderSettingsRow row);

    Optional<ReminderSettingsRow> findById(long personId);

    Optional<ReminderSettingsRow> findByCalendarSecret(String calendarSecret);

    /** Makes the person's settings row, with no channel, unless they have one. */
    @Query("INSERT INTO reminder_settings (person_id, channels) VALUES (:personId, '') ON CONFLICT DO NOTHING")
    void insertUnlessKept(long personId);

    /** Changes the channels chosen alone, e.g. when a browser subscribes to Web Push. */
    @Query("UPDATE reminder_settings SET channels = :channels WHERE person_id = :personId")
    void updateChannels(long personId, String channels);

    /** The settings of everyone with a channel chosen and a habit that reminds: whom the delivery job reads. */
    @Query("""
            SELECT s.* FROM reminder_settings s
            WHERE s.channels <> ''
              AND EXISTS (SELECT 1 FROM habit_reminder r WHERE r.person_id = s.person_id AND r.times <> 'off')
            ORDER BY s.person_id""")
    List<ReminderSettingsRow> findReminded();
}
