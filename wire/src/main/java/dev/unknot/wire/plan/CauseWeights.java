package dev.unknot.wire.plan;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of {@link AssessmentBody#causes()} for the OpenAPI document only: a map can name its
 * keys nowhere else. One weight per cause id of {@code Cause}, each left out weighing nothing; the
 * API's tests check that these keys are the causes' ids.
 */
@Schema(
        description = "How much each cause seems to be behind the tightness, 0 to 1, by cause id; a cause left out"
                + " weighs nothing.",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record CauseWeights(
        @Schema(name = "poor-posture", minimum = "0", maximum = "1") @Nullable
        Double poorPosture,

        @Schema(name = "lack-of-movement", minimum = "0", maximum = "1") @Nullable
        Double lackOfMovement,

        @Schema(name = "muscle-imbalance", minimum = "0", maximum = "1") @Nullable
        Double muscleImbalance,

        @Schema(name = "stress", minimum = "0", maximum = "1") @Nullable
        Double stress,

        @Schema(name = "overuse", minimum = "0", maximum = "1") @Nullable
        Double overuse,

        @Schema(name = "dehydration-or-poor-nutrition", minimum = "0", maximum = "1") @Nullable
        Double dehydrationOrPoorNutrition) {}
