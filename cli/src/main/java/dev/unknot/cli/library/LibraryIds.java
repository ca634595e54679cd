package dev.unknot.cli.library;

import dev.unknot.cli.UsageProblem;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.library.Techniques;
import java.util.Optional;

/** Ids as people type them, turned into library entries or into a {@link UsageProblem} that says what to do. */
final class LibraryIds {

    private static final String LIST_PILLARS = "run 'unknot pillars' to list them";
    private static final String LIST_TECHNIQUES = "run 'unknot techniques' to list them";

    private LibraryIds() {}

    /** The techniques of the pillar {@code typed} names. */
    static Techniques techniquesOf(Tracker tracker, String typed) {
        try {
            PillarId.of(typed);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("'" + typed + "' is not a pillar id (ids look like 'foam-rolling')", LIST_PILLARS);
        }
        try {
            return tracker.techniques(Optional.of(typed));
        } catch (NotFoundException e) {
            throw new UsageProblem("no pillar '" + typed + "'", LIST_PILLARS);
        }
    }

    static TechniqueDetail technique(Tracker tracker, String typed) {
        try {
            TechniqueId.of(typed);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(
                    "'" + typed + "' is not a technique id (ids look like 'stretching/childs-pose')", LIST_TECHNIQUES);
        }
        try {
            return tracker.technique(typed);
        } catch (NotFoundException e) {
            throw new UsageProblem("no technique '" + typed + "'", LIST_TECHNIQUES);
        }
    }
}
