package dev.unknot.app.own;

import java.util.List;

/**
 * A person's own technique as they give it, before it is checked.
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
        boolean eachSide,
        List<String> bodyAreas,
        List<String> cautions,
        List<String> equipment) {

    public OwnTechnique {
        steps = steps == null ? List.of() : List.copyOf(steps);
        bodyAreas = bodyAreas == null ? List.of() : List.copyOf(bodyAreas);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}
