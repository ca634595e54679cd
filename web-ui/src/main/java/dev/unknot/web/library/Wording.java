package dev.unknot.web.library;

import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Sides;

/** How the library words counts, sides and doses on screen. */
final class Wording {

    private Wording() {}

    /** {@code 1 technique}, {@code 4 techniques}. */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    static String sides(Sides sides) {
        return switch (sides) {
            case NONE -> "Once, no left or right";
            case EACH_SIDE -> "Each side: left, then right";
        };
    }

    /** A dose with its sides, e.g. {@code hold 20–30 s, each side}. */
    static String dose(Dose dose, Sides sides) {
        return dose.describe() + (sides == Sides.EACH_SIDE ? ", each side" : "");
    }
}
