package dev.unknot.store.person;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity("person")
public record PersonRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("username") String username,
        @MappedProperty("password_hash") @Nullable String passwordHash,
        @MappedProperty("time_zone") String timeZone,
        @MappedProperty("day_start_minute") int dayStartMinute,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        /** Raised by every change to the person's data, in the changing transaction. */
        @MappedProperty("revision") long revision,

        @MappedProperty("is_admin") boolean admin,
        @MappedProperty("disabled") boolean disabled,

        @MappedProperty(value = "last_active_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant lastActiveAt,

        /** Whether the routine player's tones are off. */
        @MappedProperty("cues_muted") boolean cuesMuted) {}
