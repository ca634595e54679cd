package dev.unknot.core.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Routine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A proposed starter plan: habits to adopt and one routine to follow, chosen for the causes that
 * weigh most.
 *
 * @param causes the weight of each cause that applies, heaviest first
 * @param habits habit templates to adopt, most useful first
 * @param routine the routine that covers the most weight, if any loaded plugin offers one
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Plan(Map<Cause, Double> causes, List<HabitTemplate> habits, Optional<Routine> routine) {

    public Plan {
        causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
        habits = List.copyOf(habits);
        java.util.Objects.requireNonNull(routine, "routine");
    }
}
