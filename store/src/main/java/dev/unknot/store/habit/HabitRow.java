package dev.unknot.store.habit;

import dev.unknot.store.db.InstantColumn;
import dev.unknot.store.db.LocalDateColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code habit}; see the migration for what each column holds. */
@MappedEntity("habit")
public record HabitRow(
        @Id @GeneratedValue @Nullable Long id,
        long personId,
        String name,
        String targetKind,
        String targetRef,
        String scheduleKind,
        @Nullable Integer weekdays,
        @Nullable Integer timesPerWeek,
        @Nullable Integer everyHours,
        @Nullable Integer windowFrom,
        @Nullable Integer windowUntil,
        String metricKind,
        @Nullable String metricUnit,
        @Nullable Double metricTarget,

        @MappedProperty(type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate startsOn,

        String status,
        @Nullable String templateId,

        @MappedProperty(type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt) {}
