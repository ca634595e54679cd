package dev.unknot.wire.plan;

import dev.unknot.core.library.Cause;
import dev.unknot.core.plan.Assessment;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * ASSESSMENT: how much each cause seems to be behind the person's tightness, by cause id
 * ({@code poor-posture}...), 0 to 1; a cause left out weighs nothing. The CLI turns its questions
 * into these weights with {@link #of(Assessment)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AssessmentBody(
        @Schema(implementation = CauseWeights.class, description = "nothing weighs when null") @Nullable
        Map<String, Double> causes) {

    /** @throws InvalidInputException naming the cause at fault */
    public AssessmentBody {
        causes = causes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(causes));
        causes.forEach((id, weight) -> {
            if (Cause.fromId(id).isEmpty()) {
                throw new InvalidInputException(
                        "causes",
                        "causes: '" + id + "' is not a cause; choose among "
                                + Arrays.stream(Cause.values()).map(Cause::id).collect(Collectors.joining(", ")));
            }
            if (weight == null || !(weight >= 0 && weight <= 1)) {
                throw new InvalidInputException(
                        "causes." + id, "causes." + id + " must be between 0 and 1, was " + weight);
            }
        });
    }

    public static AssessmentBody of(Assessment assessment) {
        Map<String, Double> weights = new LinkedHashMap<>();
        assessment.causes().forEach((cause, weight) -> weights.put(cause.id(), weight));
        return new AssessmentBody(weights);
    }

    /** The weights by cause. */
    public Map<Cause, Double> weights() {
        Map<Cause, Double> weights = new EnumMap<>(Cause.class);
        causes.forEach((id, weight) -> weights.put(Cause.fromId(id).orElseThrow(), weight));
        return weights;
    }
}
