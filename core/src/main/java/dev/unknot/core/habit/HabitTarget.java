package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import org.apiguardian.api.API;

/**
 * What a habit asks a person to do: one technique, a whole routine, or something in their own words.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface HabitTarget permits HabitTarget.OfTechnique, HabitTarget.OfRoutine, HabitTarget.Custom {

    static OfTechnique technique(String id) {
        return new OfTechnique(TechniqueId.of(id));
    }

    static OfRoutine routine(String id) {
        return new OfRoutine(RoutineId.of(id));
    }

    static Custom custom(String text) {
        return new Custom(text);
    }

    record OfTechnique(TechniqueId technique) implements HabitTarget {
        public OfTechnique {
            Require.present(technique, "technique");
        }
    }

    record OfRoutine(RoutineId routine) implements HabitTarget {
        public OfRoutine {
            Require.present(routine, "routine");
        }
    }

    record Custom(String text) implements HabitTarget {
        public Custom {
            text = Require.text(text, "habit description");
        }
    }
}
