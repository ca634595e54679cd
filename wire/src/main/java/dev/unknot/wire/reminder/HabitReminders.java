package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * {@code GET/PUT /api/v1/habits/{id}/reminders}: when a habit reminds, as {@code off}, {@code slots}
 * (each slot of an every-N-hours habit) or local times such as {@code 09:00,14:00}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record HabitReminders(String habitId, String remind) {}
