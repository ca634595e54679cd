package dev.unknot.store.own;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code own_exercise}; see migration V17 for what each column holds. */
@MappedEntity("own_exercise")
public record OwnExerciseRow(
        @MappedProperty("id") @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("person_id") long personId,
        @MappedProperty("kind") String kind,
        @MappedProperty("slug") String slug,
        @MappedProperty("name") String name,
        @MappedProperty("document") String document,

        @MappedProperty(value = "created_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant createdAt,

        @MappedProperty(value = "updated_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant updatedAt) {

    public static final String TECHNIQUE = "TECHNIQUE";
    public static final String ROUTINE = "ROUTINE";
}
