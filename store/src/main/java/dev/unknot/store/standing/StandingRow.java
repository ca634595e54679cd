package dev.unknot.store.standing;

import dev.unknot.store.db.LocalDateColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;

/** A row of {@code habit_standing}; see the migration for what each column holds. */
@MappedEntity("habit_standing")
public record StandingRow(
        @Id Long habitId,
        long personId,

        @MappedProperty(type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate settledThrough,

        String streakUnit,
        int currentLength,

        @MappedProperty(type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate currentFirst,

        @MappedProperty(type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate currentLast,

        int bestLength,

        @MappedProperty(type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate bestFirst,

        @MappedProperty(type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate bestLast,

        double strength) {}
