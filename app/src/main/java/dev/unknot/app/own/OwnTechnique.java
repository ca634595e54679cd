package dev.unknot.app.own;

import java.util.List;

/**
 * A person's own technique as they give it, before it is checked. In a change, a field that is null
 * keeps its value.
 *
 * @param name what they call it
 * @param summary what it does, in a sentence; the first step when blank
 * @param pillar a loaded pillar's id, e.g. {@code stretching}; {@code stretching} (or the first pillar) when blank
 * @param steps how to do it, one step a line
 * @param dose how much of it
 * @param eachSide whether it is done on the left and again on the right
 * @param bodyAreas where it works, e.g. {@code lower-back}; at least one
 * @param cautions when to take care or leave it out
 * @param equipment what is needed
 */
public record OwnTechnique(
        String name,
        String summary,
        String pillar,
        List<String> steps,
        DoseInput dose,
        Boolean eachSide,
        List<String> bodyAreas,
        List<String> cautions,
        List<String> equipment) {

    public OwnTechnique {
        steps = copy(steps);
        bodyAreas = copy(bodyAreas);
        cautions = copy(cautions);
        equipment = copy(equipment);
    }

    private static List<String> copy(List<String> texts) {
        // Nulls inside are left for the checks to refuse, not thrown here.
        return texts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(texts));
    }
}
