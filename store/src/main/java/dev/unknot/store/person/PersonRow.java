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
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @Nullable String passwordHash,
        String timeZone,
        int dayStartMinute,

        @MappedProperty(type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        /** Raised by every change to the person's data, in the changing transaction. */
        long revision) {}
