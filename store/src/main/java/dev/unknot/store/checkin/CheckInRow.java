package dev.unknot.store.checkin;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * A row of {@code check_in}; see the migration for what each column holds.
 *
 * <p>Every row record names its columns, although they are the names the default naming strategy
 * gives: unnamed, Micronaut Data derives each column's name again for every row it reads, which
 * was a large part of a page's CPU (see docs/performance.md).
 */
@MappedEntity("check_in")
public record CheckInRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("habit_id") long habitId,
        @MappedProperty("client_id") String clientId,

        @MappedProperty(value = "done_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant doneAt,

        @MappedProperty("amount") double amount,
        @MappedProperty("duration_seconds") @Nullable Long durationSeconds,
        @MappedProperty("tightness_before") @Nullable Integer tightnessBefore,
        @MappedProperty("tightness_after") @Nullable Integer tightnessAfter,
        @MappedProperty("note") String note,
        @MappedProperty("symptoms") String symptoms,

        @MappedProperty(value = "recorded_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant recordedAt,

        @MappedProperty("pain_before") @Nullable Integer painBefore,
        @MappedProperty("pain_after") @Nullable Integer painAfter) {}
