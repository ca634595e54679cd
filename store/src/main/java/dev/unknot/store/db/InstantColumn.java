package dev.unknot.store.db;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a {@code TIMESTAMP WITH TIME ZONE} column as an
 * {@link OffsetDateTime} in UTC. Going through {@code java.sql.Timestamp} would pass the JVM's
 * default time zone, where an instant in a daylight-saving overlap can come back an hour off.
 */
@Internal
@Singleton
public final class InstantColumn implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToPersistedValue(Instant instant, ConversionContext context) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityValue(Object value, ConversionContext context) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            // PostgreSQL's driver reads timestamptz as a Timestamp that holds the exact instant.
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException(
                "cannot read an instant from " + value.getClass().getName());
    }
}
