package dev.unknot.store.reminder;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** The server's key for the links a reminder's buttons call: 32 random bytes, base64url. */
@MappedEntity("reminder_action_key")
public record ReminderActionKeyRow(
        @MappedProperty("id") @Id int id,
        @MappedProperty("secret") String secret,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt) {}
