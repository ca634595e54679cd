package dev.unknot.store.reminder;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** The server's VAPID key pair, base64url: the public key in X.509, the private key in PKCS#8. */
@MappedEntity("push_vapid_key")
public record VapidKeyRow(
        @MappedProperty("id") @Id int id,
        @MappedProperty("public_key") String publicKey,
        @MappedProperty("private_key") String privateKey,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt) {}
