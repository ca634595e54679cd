package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether a technique is done once, or once on the left and again on the right.
 *
 * <p>A {@link RoutineStep} must do its technique on the technique's own sides: the plugin
 * registry refuses a plugin whose routine step says {@code NONE} for a technique done on
 * {@code EACH_SIDE}, or the other way round (when the step borrows another plugin's technique,
 * look its sides up there).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum Sides {
    /** Done once; there is no left and right to it (child's pose, a walk). */
    NONE(List.of("")),
    /** Done on the left, then the same again on the right (a spinal twist). */
    EACH_SIDE(List.of("left side", "right side"));

    private final List<String> labels;

    Sides(List<String> labels) {
        this.labels = labels;
    }

    /** How many times the dose is done: 1 or 2. */
    public int count() {
        return labels.size();
    }

    /** One label per pass; empty text when there are no sides. */
    public List<String> labels() {
        return labels;
    }
}
