package dev.unknot.store.reminder;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * One reminder of one habit on one channel, claimed by the server that sends it. The nullable
 * instant is marked with Jakarta's {@code @Nullable}, as in {@code AccessTokenRow}.
 */
@MappedEntity("reminder_delivery")
public record DeliveryRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("habit_id") long habitId,
        @MappedProperty("slot") String slot,
        @MappedProperty("channel") String channel,

        @MappedProperty(value = "due_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant dueAt,

        @MappedProperty("status") String status,
        @MappedProperty("attempts") int attempts,

        @MappedProperty(value = "next_attempt_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant nextAttemptAt,

        @MappedProperty(value = "updated_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant updatedAt,

        @MappedProperty("last_error") @jakarta.annotation.Nullable
        String lastError,

        // How often the reminder had been snoozed: a reminder that comes back is delivered again.
        @MappedProperty("snoozes") int snoozes) {}
