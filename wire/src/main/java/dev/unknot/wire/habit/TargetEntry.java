package dev.unknot.wire.habit;

import dev.unknot.core.habit.HabitTarget;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** What a habit is about: {@code kind} is {@code technique}, {@code routine} or {@code custom}; {@code id} is null for custom. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record TargetEntry(
        @Schema(
                required = true,
                allowableValues = {TargetEntry.TECHNIQUE, TargetEntry.ROUTINE, TargetEntry.CUSTOM})
        String kind,

        @Schema(description = "the technique's or routine's id; null for custom") @Nullable
        String id,

        String text) {

    public static final String TECHNIQUE = "technique";
    public static final String ROUTINE = "routine";
    public static final String CUSTOM = "custom";

    public static TargetEntry of(HabitTarget target) {
        if (target instanceof HabitTarget.OfTechnique technique) {
            return new TargetEntry(
                    TECHNIQUE,
                    technique.technique().value(),
                    technique.technique().value());
        }
        if (target instanceof HabitTarget.OfRoutine routine) {
            return new TargetEntry(
                    ROUTINE, routine.routine().value(), routine.routine().value());
        }
        return new TargetEntry(CUSTOM, null, ((HabitTarget.Custom) target).text());
    }
}
