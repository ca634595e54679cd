package dev.unknot.store.habit;

import dev.unknot.store.db.LocalDateColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;

@MappedEntity("habit_skip")
public record SkipRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("habit_id") long habitId,

        @MappedProperty(value = "skipped_on", type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate skippedOn) {}
