package dev.unknot.store.reminder;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** One browser's push subscription: where to post, and the keys the payload is encrypted with (base64url). */
@MappedEntity("push_subscription")
public record PushSubscriptionRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("endpoint") String endpoint,
        @MappedProperty("p256dh") String p256dh,
        @MappedProperty("auth") String auth,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        @MappedProperty("browser") String browser) {}
