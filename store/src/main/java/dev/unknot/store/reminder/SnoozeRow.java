package dev.unknot.store.reminder;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * A reminder put off until {@code until}, the {@code snoozes}-th time.
 *
 * @param dueAt when the reminder first fell due
 */
@MappedEntity("reminder_snooze")
public record SnoozeRow(
        // With the slot, the key; marked the id only so that Micronaut Data maps the row.
        @MappedProperty("habit_id") @Id long habitId,
        @MappedProperty("slot") String slot,
        @MappedProperty("person_id") long personId,

        @MappedProperty(value = "due_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant dueAt,

        @MappedProperty(value = "until_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant until,

        @MappedProperty("snoozes") int snoozes) {}
