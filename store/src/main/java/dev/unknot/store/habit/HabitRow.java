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

/** A row of {@code habit}; see the migration for what each column holds, and {@code CheckInRow} for why columns are named. */
@MappedEntity("habit")
public record HabitRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("name") String name,
        @MappedProperty("target_kind") String targetKind,
        @MappedProperty("target_ref") String targetRef,
        @MappedProperty("schedule_kind") String scheduleKind,
        @MappedProperty("weekdays") @Nullable Integer weekdays,
        @MappedProperty("times_per_week") @Nullable Integer timesPerWeek,
        @MappedProperty("every_hours") @Nullable Integer everyHours,
        @MappedProperty("window_from") @Nullable Integer windowFrom,
        @MappedProperty("window_until") @Nullable Integer windowUntil,
        @MappedProperty("metric_kind") String metricKind,
        @MappedProperty("metric_unit") @Nullable String metricUnit,
        @MappedProperty("metric_target") @Nullable Double metricTarget,

        @MappedProperty(value = "starts_on", type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate startsOn,

        @MappedProperty("status") String status,
        @MappedProperty("template_id") @Nullable String templateId,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt) {}
