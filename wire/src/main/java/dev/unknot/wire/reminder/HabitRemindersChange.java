package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code PUT /api/v1/habits/{id}/reminders}: {@code off}, {@code slots} or times such as {@code 09:00,14:00}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record HabitRemindersChange(String remind) {}
