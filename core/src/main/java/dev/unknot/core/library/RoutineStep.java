package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One technique inside a routine, at the dose the routine wants. The technique may come from any
 * plugin, by its id: {@code new RoutineStep(TechniqueId.of("stretching/childs-pose"),
 * Dose.hold(30, 60), Sides.NONE)}. When the plugin loads, that technique must be provided by a
 * loaded plugin, the dose must be in {@link Dose sane ranges}, and the sides must match the
 * technique's own ({@link Sides}).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record RoutineStep(TechniqueId technique, Dose dose, Sides sides) {

    public RoutineStep {
        Require.present(technique, "routine step technique");
        Require.present(dose, "dose of routine step " + technique);
        Require.present(sides, "sides of routine step " + technique);
    }

    /** The technique at its own dose. */
    public static RoutineStep of(Technique technique) {
        return new RoutineStep(technique.id(), technique.dose(), technique.sides());
    }

    /** The technique at another dose, e.g. a shorter hold inside a quick desk break. */
    public static RoutineStep of(Technique technique, Dose dose) {
        return new RoutineStep(technique.id(), dose, technique.sides());
    }

    public Duration time() {
        return dose.time(sides);
    }
}
