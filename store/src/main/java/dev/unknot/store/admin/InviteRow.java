package dev.unknot.store.admin;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code invite}; see the migration for what each column holds. */
@MappedEntity("invite")
public record InviteRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("token_hash") String tokenHash,
        @MappedProperty("created_by") @Nullable Long createdBy,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        @MappedProperty(value = "expires_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant expiresAt,

        @MappedProperty(value = "used_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant usedAt,

        @MappedProperty("used_by") @Nullable Long usedBy,

        @MappedProperty(value = "revoked_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant revokedAt) {}
