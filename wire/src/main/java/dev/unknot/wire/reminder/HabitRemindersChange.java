package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** {@code PUT /api/v1/habits/{id}/reminders}: {@code off}, {@code slots} or times such as {@code 09:00,14:00}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record HabitRemindersChange(
        @Schema(required = true, description = "off, slots, or times such as 09:00,14:00", example = "09:00,14:00")
        String remind) {}
