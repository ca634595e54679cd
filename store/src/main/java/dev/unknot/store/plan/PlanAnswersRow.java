package dev.unknot.store.plan;

import dev.unknot.store.db.InstantColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code plan_answers}; see the migration for what each column holds. */
@MappedEntity("plan_answers")
public record PlanAnswersRow(
        @MappedProperty("person_id") @Id long personId,
        @MappedProperty("sitting_hours") int sittingHours,
        @MappedProperty("stress") int stress,
        @MappedProperty("strength_sessions") int strengthSessions,
        @MappedProperty("slouches") boolean slouches,
        @MappedProperty("strain") boolean strain,
        @MappedProperty("glasses_of_water") int glassesOfWater,

        @MappedProperty(value = "answered_at", type = DataType.OBJECT, converter = InstantColumn.class)
        Instant answeredAt) {}
