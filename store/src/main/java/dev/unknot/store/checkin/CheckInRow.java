package dev.unknot.store.checkin;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code check_in}; see the migration for what each column holds. */
@MappedEntity("check_in")
public record CheckInRow(
        @Id @GeneratedValue @Nullable Long id,
        long personId,
        long habitId,
        String clientId,

        @MappedProperty(type = DataType.OBJECT, converter = InstantColumn.class)
        Instant doneAt,

        double amount,
        @Nullable Long durationSeconds,
        @Nullable Integer tightnessBefore,
        @Nullable Integer tightnessAfter,
        String note,
        String symptoms,

        @MappedProperty(type = DataType.OBJECT, converter = InstantColumn.class)
        Instant recordedAt) {}
