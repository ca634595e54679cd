package dev.unknot.core.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.library.Cause;
import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A person's short answers about the six causes of back tightness.
 *
 * @param sittingHours hours a day spent sitting, 0–24
 * @param stress how stressed they feel on most days, 0 (calm) to 10
 * @param strengthSessions strength or core sessions a week, 0–14
 * @param slouches whether they often catch themselves slouching or craning at a screen
 * @param strain whether work or training means heavy lifting or the same movement over and over
 * @param glassesOfWater glasses of water on a normal day, 0–30
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Assessment(
        int sittingHours, int stress, int strengthSessions, boolean slouches, boolean strain, int glassesOfWater) {

    public Assessment {
        Require.inRange(sittingHours, 0, 24, "hours sitting a day");
        Require.inRange(stress, 0, 10, "stress");
        Require.inRange(strengthSessions, 0, 14, "strength sessions a week");
        Require.inRange(glassesOfWater, 0, 30, "glasses of water a day");
    }

    /**
     * How much each cause weighs for this person, from 0 (not at all) to 1, for causes that apply.
     * Sitting 6+ hours points at lack of movement (8+ also at posture); stress from 6; fewer than
     * two strength sessions a week at muscle imbalance; under 6 glasses at hydration.
     */
    public Map<Cause, Double> causes() {
        Map<Cause, Double> causes = new EnumMap<>(Cause.class);
        if (sittingHours >= 6) {
            causes.put(Cause.LACK_OF_MOVEMENT, Math.min(1.0, sittingHours / 10.0));
        }
        if (slouches || sittingHours >= 8) {
            causes.put(Cause.POOR_POSTURE, slouches ? 1.0 : 0.6);
        }
        if (stress >= 6) {
            causes.put(Cause.STRESS, stress / 10.0);
        }
        if (strengthSessions < 2) {
            causes.put(Cause.MUSCLE_IMBALANCE, strengthSessions == 0 ? 0.8 : 0.5);
        }
        if (strain) {
            causes.put(Cause.OVERUSE, 0.7);
        }
        if (glassesOfWater < 6) {
            causes.put(Cause.DEHYDRATION_OR_POOR_NUTRITION, (6 - glassesOfWater) / 6.0);
        }
        return causes;
    }

    /**
     * Why each cause of {@link #causes()} applies, in one short line of the person's own answers
     * ("you sit 9 hours a day"), to show beside what the plan proposes for it.
     */
    public Map<Cause, String> reasons() {
        Map<Cause, String> reasons = new EnumMap<>(Cause.class);
        for (Cause cause : causes().keySet()) {
            reasons.put(
                    cause,
                    switch (cause) {
                        case LACK_OF_MOVEMENT -> sitting();
                        case POOR_POSTURE -> slouches ? "you often slouch or crane at a screen" : sitting();
                        case STRESS -> "your stress is " + stress + " out of 10 on most days";
                        case MUSCLE_IMBALANCE ->
                            strengthSessions == 0
                                    ? "you do no strength or core work"
                                    : "you do one strength or core session a week";
                        case OVERUSE -> "your work or training means heavy lifting or the same movement over and over";
                        case DEHYDRATION_OR_POOR_NUTRITION -> water();
                    });
        }
        return reasons;
    }

    private String sitting() {
        return "you sit " + sittingHours + " hours a day";
    }

    private String water() {
        if (glassesOfWater == 0) {
            return "you drink hardly any water";
        }
        return "you drink " + glassesOfWater + (glassesOfWater == 1 ? " glass" : " glasses") + " of water a day";
    }
}
