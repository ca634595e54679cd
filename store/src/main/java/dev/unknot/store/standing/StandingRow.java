package dev.unknot.store.standing;

import dev.unknot.store.db.LocalDateColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;

/** A row of {@code habit_standing}; see the migration for what each column holds, and {@code CheckInRow} for why columns are named. */
@MappedEntity("habit_standing")
public record StandingRow(
        @MappedProperty("habit_id") @Id Long habitId,
        @MappedProperty("person_id") long personId,

        @MappedProperty(value = "settled_through", type = DataType.OBJECT, converter = LocalDateColumn.class)
        LocalDate settledThrough,

        @MappedProperty("streak_unit") String streakUnit,
        @MappedProperty("current_length") int currentLength,

        @MappedProperty(value = "current_first", type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate currentFirst,

        @MappedProperty(value = "current_last", type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate currentLast,

        @MappedProperty("best_length") int bestLength,

        @MappedProperty(value = "best_first", type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate bestFirst,

        @MappedProperty(value = "best_last", type = DataType.DATE, converter = LocalDateColumn.class) @Nullable
        LocalDate bestLast,

        @MappedProperty("strength") double strength,
        @MappedProperty("relief_check_ins") int reliefCheckIns,
        @MappedProperty("relief_drop") long reliefDrop,
        @MappedProperty("relief_before") long reliefBefore,
        @MappedProperty("pain_relief_check_ins") int painReliefCheckIns,
        @MappedProperty("pain_relief_drop") long painReliefDrop,
        @MappedProperty("pain_relief_before") long painReliefBefore) {}
