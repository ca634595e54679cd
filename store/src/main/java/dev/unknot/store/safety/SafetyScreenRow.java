package dev.unknot.store.safety;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code safety_screen}; see the migration for what each column holds. */
@MappedEntity("safety_screen")
public record SafetyScreenRow(
        @MappedProperty("person_id") @Id long personId,
        @MappedProperty("answered") boolean answered,
        @MappedProperty("yes") String yes,

        @MappedProperty(value = "taken_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant takenAt) {}
