package dev.unknot.wire.plan;

import dev.unknot.core.plan.Assessment;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * ANSWERS: a person's answers to the plan's six questions, as {@link Assessment} takes them. In a
 * request every one is required; the plan is then proposed from them and they are remembered.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PlanAnswersBody(
        Integer sittingHours,
        Integer stress,
        Integer strengthSessions,
        Boolean slouches,
        Boolean strain,
        Integer glassesOfWater) {

    public static PlanAnswersBody of(Assessment assessment) {
        return new PlanAnswersBody(
                assessment.sittingHours(),
                assessment.stress(),
                assessment.strengthSessions(),
                assessment.slouches(),
                assessment.strain(),
                assessment.glassesOfWater());
    }

    /** @throws InvalidInputException naming the answer that is missing or out of range */
    public Assessment assessment() {
        int sitting = range(sittingHours, "sittingHours", 0, 24);
        int stressed = range(stress, "stress", 0, 10);
        int sessions = range(strengthSessions, "strengthSessions", 0, 14);
        int water = range(glassesOfWater, "glassesOfWater", 0, 30);
        return new Assessment(sitting, stressed, sessions, yesNo(slouches, "slouches"), yesNo(strain, "strain"), water);
    }

    private static int range(Integer value, String field, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new InvalidInputException(
                    "answers." + field,
                    "answers." + field + " must be a whole number from " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    private static boolean yesNo(Boolean value, String field) {
        if (value == null) {
            throw new InvalidInputException(
                    "answers." + field, "answers." + field + " must be true or false, was null");
        }
        return value;
    }
}
