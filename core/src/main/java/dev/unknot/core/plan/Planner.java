package dev.unknot.core.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turns an {@link Assessment} into a {@link Plan} from whatever the loaded plugins offer.
 *
 * <p>Each habit template and routine addresses the causes of its techniques (a routine: of all its
 * steps). Causes are taken heaviest first; for each, the template addressing it with the most
 * total weight that is not yet chosen joins the plan, up to {@value #MAX_HABITS} habits. The
 * routine is the one covering the most weight, the shorter one on a tie. When no cause applies,
 * every cause weighs the same small amount, which yields a gentle keep-it-loose plan.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Planner {

    public static final int MAX_HABITS = 5;
    private static final double MAINTENANCE_WEIGHT = 0.2;

    private Planner() {}

    public static Plan propose(Assessment assessment, Library library) {
        return propose(assessment.causes(), library);
    }

    /**
     * The plan for causes already weighed (0 to 1 each), e.g. by a client that asked the questions
     * of an {@link Assessment} itself.
     *
     * @throws IllegalArgumentException when a weight is outside 0 to 1
     */
    public static Plan propose(Map<Cause, Double> causes, Library library) {
        causes.forEach((cause, weight) -> {
            if (weight == null || !(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException(
                        "the weight of " + cause.id() + " must be between 0 and 1, was " + weight);
            }
        });
        Map<Cause, Double> weights = new EnumMap<>(Cause.class);
        weights.putAll(causes);
        if (weights.isEmpty()) {
            weights = new EnumMap<>(Cause.class);
            for (Cause cause : Cause.values()) {
                weights.put(cause, MAINTENANCE_WEIGHT);
            }
        }
        Map<Cause, Double> heaviestFirst = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<Cause, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> heaviestFirst.put(entry.getKey(), entry.getValue()));

        List<HabitTemplate> chosen = new ArrayList<>();
        for (Cause cause : heaviestFirst.keySet()) {
            if (chosen.size() == MAX_HABITS) {
                break;
            }
            library.habitTemplates().stream()
                    .filter(template -> !chosen.contains(template))
                    .filter(template -> causesOf(template.target(), library).contains(cause))
                    .max(Comparator.comparingDouble((HabitTemplate template) ->
                                    weight(causesOf(template.target(), library), heaviestFirst))
                            .thenComparing(HabitTemplate::id, Comparator.reverseOrder()))
                    .ifPresent(chosen::add);
        }
        Optional<Routine> routine = library.routines().stream()
                .filter(candidate -> weight(causesOf(candidate, library), heaviestFirst) > 0)
                .max(Comparator.comparingDouble(
                                (Routine candidate) -> weight(causesOf(candidate, library), heaviestFirst))
                        .thenComparing(Routine::totalTime, Comparator.reverseOrder())
                        .thenComparing(Routine::id, Comparator.reverseOrder()));
        return new Plan(heaviestFirst, chosen, routine);
    }

    /** The causes a habit target addresses, through its technique or its routine's techniques. */
    public static Set<Cause> causesOf(HabitTarget target, Library library) {
        if (target instanceof HabitTarget.OfTechnique of) {
            return library.technique(of.technique()).map(Technique::causes).orElse(Set.of());
        }
        if (target instanceof HabitTarget.OfRoutine of) {
            return library.routine(of.routine())
                    .map(routine -> causesOf(routine, library))
                    .orElse(Set.of());
        }
        return Set.of();
    }

    private static Set<Cause> causesOf(Routine routine, Library library) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        routine.steps().forEach(step -> library.technique(step.technique()).ifPresent(t -> causes.addAll(t.causes())));
        return causes;
    }

    private static double weight(Set<Cause> causes, Map<Cause, Double> weights) {
        return causes.stream()
                .mapToDouble(cause -> weights.getOrDefault(cause, 0.0))
                .sum();
    }
}
