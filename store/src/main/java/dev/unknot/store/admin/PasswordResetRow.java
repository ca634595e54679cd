package dev.unknot.store.admin;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code password_reset}; see the migration for what each column holds. */
@MappedEntity("password_reset")
public record PasswordResetRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("token_hash") String tokenHash,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        @MappedProperty(value = "expires_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant expiresAt,

        @MappedProperty(value = "used_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant usedAt) {}
