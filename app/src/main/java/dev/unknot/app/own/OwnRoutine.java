package dev.unknot.app.own;

import java.util.List;

/**
 * A person's own routine as they give it: built-in techniques and their own, in order. In a
 * change, a field that is null keeps its value.
 *
 * @param name what they call it
 * @param summary what it is for; the steps' names when blank
 * @param steps at least one
 */
public record OwnRoutine(String name, String summary, List<Step> steps) {

    public OwnRoutine {
        steps = steps == null ? null : List.copyOf(steps);
    }

    /**
     * @param technique a technique's id, such as {@code stretching/childs-pose} or {@code my/wall-slide}
     * @param dose the technique's own dose when absent
     */
    public record Step(String technique, DoseInput dose) {
        public static Step of(String technique) {
            return new Step(technique, null);
        }
    }
}
