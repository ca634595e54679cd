package dev.unknot.app.catalogue;

import dev.unknot.app.person.PersonId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.store.own.OwnExerciseRepository;
import dev.unknot.store.own.OwnExerciseRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The library as one person sees it: every loaded plugin's content and, on top, that person's own
 * techniques and routines ({@code my/<slug>}). Everything that resolves a technique or routine id
 * for a person (habits, today, the player, progress, the library's pages) asks here, so a person's
 * own ids resolve for that person alone; for anyone else they are unknown ids like any other.
 */
@Singleton
public class Catalogue {

    private final Library plugins;
    private final OwnExerciseRepository own;

    Catalogue(Library plugins, OwnExerciseRepository own) {
        this.plugins = plugins;
        this.own = own;
    }

    /** The plugins' library alone: what a visitor who is not signed in sees. */
    public Library shared() {
        return plugins;
    }

    /** The plugins' library with {@code person}'s own techniques and routines. */
    @Transactional(readOnly = true)
    public Library of(PersonId person) {
        Own mine = own(person);
        return plugins.plus(mine.techniques(), mine.routines());
    }

    /** {@code person}'s own techniques and routines, in order of id. */
    @Transactional(readOnly = true)
    public Own own(PersonId person) {
        List<Technique> techniques = new ArrayList<>();
        List<Routine> routines = new ArrayList<>();
        for (OwnExerciseRow row : own.findOwnedBy(person.value())) {
            var item = OwnDocuments.read(row.document());
            if (row.kind().equals(OwnExerciseRow.TECHNIQUE)) {
                techniques.addAll(item.techniques());
            } else {
                routines.addAll(item.routines());
            }
        }
        return new Own(techniques, routines);
    }

    /** A person's own techniques and routines. */
    public record Own(List<Technique> techniques, List<Routine> routines) {
        public Own {
            techniques = List.copyOf(techniques);
            routines = List.copyOf(routines);
        }
    }
}
