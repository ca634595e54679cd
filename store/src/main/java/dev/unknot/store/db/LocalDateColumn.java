package dev.unknot.store.db;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** Stores a {@link LocalDate} in a {@code DATE} column through JDBC 4.2, with no time zone involved. */
@Internal
@Singleton
public final class LocalDateColumn implements AttributeConverter<LocalDate, Object> {

    @Override
    public Object convertToPersistedValue(LocalDate date, ConversionContext context) {
        return date;
    }

    @Override
    public LocalDate convertToEntityValue(Object value, ConversionContext context) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException(
                "cannot read a date from " + value.getClass().getName());
    }
}
