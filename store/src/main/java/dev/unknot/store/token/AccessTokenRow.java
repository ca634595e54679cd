package dev.unknot.store.token;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * A row of {@code access_token}; see the migration for what each column holds. The nullable
 * instants are marked with Jakarta's {@code @Nullable}: Micronaut's own, beside a converter,
 * fails Micronaut Data's compile-time type check.
 */
@MappedEntity("access_token")
public record AccessTokenRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("name") String name,
        @MappedProperty("live_name") @Nullable String liveName,
        @MappedProperty("secret_hash") String secretHash,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        @MappedProperty(value = "last_used_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant lastUsedAt,

        @MappedProperty(value = "revoked_at", type = DataType.OBJECT, converter = InstantColumn.class)
        @jakarta.annotation.Nullable
        Instant revokedAt) {}
