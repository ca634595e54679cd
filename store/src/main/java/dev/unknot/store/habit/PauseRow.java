package dev.unknot.store.habit;

import dev.unknot.store.db.LocalDateColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;

@MappedEntity("habit_pause")
public record PauseRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("habit_id") long habitId,

        @MappedProperty(value = "first_day", type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate firstDay,

        @MappedProperty(value = "last_day", type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate lastDay) {}
