package dev.unknot.cli.library;

import dev.unknot.cli.UsageProblem;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plugin.Library;

/** Ids as people type them, turned into library entries or into a {@link UsageProblem} that says what to do. */
final class LibraryIds {

    private static final String LIST_PILLARS = "run 'unknot pillars' to list them";
    private static final String LIST_TECHNIQUES = "run 'unknot techniques' to list them";

    private LibraryIds() {}

    static Pillar pillar(Library library, String typed) {
        PillarId id;
        try {
            id = PillarId.of(typed);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("'" + typed + "' is not a pillar id (ids look like 'foam-rolling')", LIST_PILLARS);
        }
        return library.pillar(id).orElseThrow(() -> new UsageProblem("no pillar '" + typed + "'", LIST_PILLARS));
    }

    static Technique technique(Library library, String typed) {
        TechniqueId id;
        try {
            id = TechniqueId.of(typed);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(
                    "'" + typed + "' is not a technique id (ids look like 'stretching/childs-pose')", LIST_TECHNIQUES);
        }
        return library.technique(id)
                .orElseThrow(() -> new UsageProblem("no technique '" + typed + "'", LIST_TECHNIQUES));
    }
}
