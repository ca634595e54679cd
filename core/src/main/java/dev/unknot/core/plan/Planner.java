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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Turns an {@link Assessment} into a {@link Plan} from whatever the loaded plugins offer.
 *
 * <p>Each cause that applies, heaviest first, gets the habit template that answers it best: first
 * the one that is its remedy (movement breaks through the day for sitting, an ergonomic change
 * for posture, breathing for stress, strength work for weak muscles, recovery for strain, counted
 * glasses of water for too little water), then among equals the one covering the most weight of
 * all the causes, then the first id. A template that is best for two causes is proposed once, for
 * both. Each item carries the person's answers behind its causes as its reason. Then the daily
 * habit of the routine covering the most weight (the shorter one on a tie) that no proposed
 * template follows already. When no cause applies, the {@value #MAINTENANCE_HABITS} templates
 * addressing the most causes and the broadest routine keep the back loose.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Planner {

    /** At most one habit per cause, and the routine. */
    public static final int MAX_HABITS = Cause.values().length;

    static final int MAINTENANCE_HABITS = 2;
    static final String MAINTENANCE_REASON =
            "nothing in your answers stands out: a little every day keeps your back loose";
    private static final double MAINTENANCE_WEIGHT = 0.2;

    private Planner() {}

    /** The plan for a person's answers, each item with the answers behind it as its reason. */
    public static Plan propose(Assessment assessment, Library library) {
        return propose(assessment.causes(), assessment.reasons(), library);
    }

    /**
     * The plan for causes already weighed (0 to 1 each), e.g. by a client that asked the questions
     * of an {@link Assessment} itself; the reasons then name the weights.
     *
     * @throws IllegalArgumentException when a weight is outside 0 to 1
     */
    public static Plan propose(Map<Cause, Double> causes, Library library) {
        Map<Cause, String> reasons = new EnumMap<>(Cause.class);
        causes.forEach((cause, weight) -> reasons.put(
                cause,
                cause.label().toLowerCase(Locale.ROOT) + " weighs " + Math.round((weight == null ? 0 : weight) * 100)
                        + "% in what you gave"));
        return propose(causes, reasons, library);
    }

    private static Plan propose(Map<Cause, Double> causes, Map<Cause, String> reasons, Library library) {
        causes.forEach((cause, weight) -> {
            if (weight == null || !(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException(
                        "the weight of " + cause.id() + " must be between 0 and 1, was " + weight);
            }
        });
        Map<Cause, Double> heaviestFirst = new LinkedHashMap<>();
        causes.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Cause, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> heaviestFirst.put(entry.getKey(), entry.getValue()));
        if (heaviestFirst.isEmpty()) {
            return maintenance(library);
        }

        Map<HabitTemplate, List<Cause>> chosen = new LinkedHashMap<>();
        for (Cause cause : heaviestFirst.keySet()) {
            best(cause, heaviestFirst, library)
                    .ifPresent(template -> chosen.computeIfAbsent(template, any -> new ArrayList<>())
                            .add(cause));
        }
        List<PlanItem> items = new ArrayList<>();
        chosen.forEach(
                (template, forCauses) -> items.add(PlanItem.of(template, forCauses, reason(forCauses, reasons))));
        routine(heaviestFirst, chosen.keySet(), library).ifPresent(routine -> {
            List<Cause> covered = causesOf(routine, library).stream()
                    .filter(heaviestFirst::containsKey)
                    .sorted(Comparator.comparing((Cause cause) -> heaviestFirst.get(cause))
                            .reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            items.add(PlanItem.daily(
                    routine, covered, reason(covered.subList(0, Math.min(2, covered.size())), reasons)));
        });
        return new Plan(heaviestFirst, items);
    }

    /** The template that answers {@code cause} best, if any loaded plugin offers one. */
    private static Optional<HabitTemplate> best(Cause cause, Map<Cause, Double> weights, Library library) {
        Remedy remedy = Remedy.of(cause);
        return library.habitTemplates().stream()
                .filter(template -> causesOf(template.target(), library).contains(cause))
                .max(Comparator.comparingInt((HabitTemplate template) ->
                                remedy.tier(template, pillarsOf(template.target(), library)))
                        .thenComparingInt(remedy::closeness)
                        .thenComparingDouble(template -> weight(causesOf(template.target(), library), weights))
                        .thenComparing(HabitTemplate::id, Comparator.reverseOrder()));
    }

    private static Optional<Routine> routine(Map<Cause, Double> weights, Set<HabitTemplate> chosen, Library library) {
        return library.routines().stream()
                .filter(candidate -> weight(causesOf(candidate, library), weights) > 0)
                .filter(candidate -> chosen.stream()
                        .noneMatch(template -> template.target().equals(new HabitTarget.OfRoutine(candidate.id()))
                                || template.id().value().equals(candidate.id().value())))
                .max(Comparator.comparingDouble((Routine candidate) -> weight(causesOf(candidate, library), weights))
                        .thenComparing(Routine::totalTime, Comparator.reverseOrder())
                        .thenComparing(Routine::id, Comparator.reverseOrder()));
    }

    private static Plan maintenance(Library library) {
        Map<Cause, Double> every = new EnumMap<>(Cause.class);
        for (Cause cause : Cause.values()) {
            every.put(cause, MAINTENANCE_WEIGHT);
        }
        String reason = sentence(List.of(MAINTENANCE_REASON));
        List<PlanItem> items = new ArrayList<>();
        Set<HabitTemplate> chosen = new LinkedHashSet<>();
        library.habitTemplates().stream()
                .filter(template -> !causesOf(template.target(), library).isEmpty())
                .sorted(Comparator.comparingInt((HabitTemplate template) ->
                                causesOf(template.target(), library).size())
                        .reversed()
                        .thenComparing(HabitTemplate::id))
                .limit(MAINTENANCE_HABITS)
                .forEach(template -> {
                    chosen.add(template);
                    items.add(PlanItem.of(template, List.of(), reason));
                });
        routine(every, chosen, library).ifPresent(routine -> items.add(PlanItem.daily(routine, List.of(), reason)));
        return new Plan(Map.of(), items);
    }

    /** One line from the reasons of {@code causes}, each said once: "You sit 9 hours a day." */
    private static String reason(List<Cause> causes, Map<Cause, String> reasons) {
        Set<String> parts = new LinkedHashSet<>();
        causes.forEach(cause -> parts.add(reasons.get(cause)));
        return sentence(parts);
    }

    private static String sentence(java.util.Collection<String> parts) {
        String joined = String.join("; ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
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

    /** The pillars of a target's technique, or of its routine's techniques. */
    private static Set<String> pillarsOf(HabitTarget target, Library library) {
        Set<String> pillars = new TreeSet<>();
        if (target instanceof HabitTarget.OfTechnique of) {
            library.technique(of.technique())
                    .ifPresent(technique -> pillars.add(technique.pillar().value()));
        }
        if (target instanceof HabitTarget.OfRoutine of) {
            library.routine(of.routine())
                    .ifPresent(routine -> routine.steps()
                            .forEach(step -> library.technique(step.technique())
                                    .ifPresent(technique ->
                                            pillars.add(technique.pillar().value()))));
        }
        return pillars;
    }

    private static double weight(Set<Cause> causes, Map<Cause, Double> weights) {
        return causes.stream()
                .mapToDouble(cause -> weights.getOrDefault(cause, 0.0))
                .sum();
    }
}
