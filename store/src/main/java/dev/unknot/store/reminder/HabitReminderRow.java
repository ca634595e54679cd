package dev.unknot.store.reminder;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** When one habit reminds, as text: {@code off}, {@code slots} or times such as {@code 09:00,14:00}. */
@MappedEntity("habit_reminder")
public record HabitReminderRow(
        @MappedProperty("habit_id") @Id long habitId,
        @MappedProperty("person_id") long personId,
        @MappedProperty("times") String times) {}
