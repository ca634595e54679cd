package dev.unknot.store.oidc;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code oidc_link}: the provider's issuer and subject, and the person they lead to. */
@MappedEntity("oidc_link")
public record OidcLinkRow(
        @MappedProperty("issuer") String issuer,
        @MappedProperty("subject") String subject,
        @MappedProperty("person_id") long personId,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt) {}
