package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The six reasons back muscles tighten. Techniques say which causes they address; the plan turns
 * a person's answers about these causes into a starter set of habits.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum Cause {
    POOR_POSTURE("Poor posture", "Slumping, a forward head and long hours at a desk strain and tire the back."),
    LACK_OF_MOVEMENT("Lack of movement", "Staying still slows circulation and lets muscles stiffen."),
    MUSCLE_IMBALANCE("Muscle imbalance", "When glutes and core are weak, the back muscles pick up their work."),
    STRESS("Stress and anxiety", "Mental tension tends to settle in the body as muscle tension."),
    OVERUSE("Overuse or poor training", "Repetitive strain and lifting with bad form overload the back."),
    DEHYDRATION_OR_POOR_NUTRITION(
            "Dehydration or poor nutrition", "Muscles need enough water and nutrients to stay supple.");

    private final String label;
    private final String explanation;

    Cause(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** The id people type, e.g. {@code lack-of-movement}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Cause> fromId(String id) {
        return Arrays.stream(values()).filter(cause -> cause.id().equals(id)).findFirst();
    }
}
