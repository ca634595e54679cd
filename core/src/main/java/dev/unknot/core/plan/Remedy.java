package dev.unknot.core.plan;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import java.util.Locale;
import java.util.Set;

/**
 * What the guide answers each cause with, and how to recognise it among the habit templates the
 * plugins offer. The pillars named are the built-in plugins' ids; when no loaded plugin offers
 * such a habit, any habit whose technique addresses the cause will do.
 */
enum Remedy {
    /** Sitting: get up often through the working day. */
    MOVEMENT_BREAKS(Cause.LACK_OF_MOVEMENT),
    /** Posture: change the chair, desk or screen rather than trying harder to sit up. */
    ERGONOMIC_CHANGE(Cause.POOR_POSTURE),
    /** Stress: slow breathing lets the tension go. */
    BREATHING(Cause.STRESS),
    /** Weak glutes and core: train them. */
    STRENGTH_WORK(Cause.MUSCLE_IMBALANCE),
    /** Strain: release what heavy or repeated work tightened. */
    RECOVERY(Cause.OVERUSE),
    /** Too little water: count the glasses. */
    HYDRATION(Cause.DEHYDRATION_OR_POOR_NUTRITION);

    /** The tier of a template that is exactly this remedy. */
    static final int EXACT = 2;

    private static final Set<String> RECOVERY_PILLARS = Set.of("foam-rolling", "heat", "massage", "stretching");

    private final Cause cause;

    Remedy(Cause cause) {
        this.cause = cause;
    }

    static Remedy of(Cause cause) {
        for (Remedy remedy : values()) {
            if (remedy.cause == cause) {
                return remedy;
            }
        }
        throw new IllegalArgumentException("no remedy for " + cause);
    }

    /**
     * How well {@code template} fits this remedy: {@link #EXACT}, 1 for a near fit, 0 for none.
     *
     * @param pillars the pillars of the template's technique, or of its routine's techniques
     */
    int tier(HabitTemplate template, Set<String> pillars) {
        return switch (this) {
            case MOVEMENT_BREAKS -> {
                if (!(template.schedule() instanceof Schedule.EveryHours)) {
                    yield 0;
                }
                yield pillars.contains("movement") ? EXACT : 1;
            }
            case ERGONOMIC_CHANGE -> pillars.contains("ergonomics") ? EXACT : 0;
            case BREATHING -> pillars.contains("breathing") ? EXACT : 0;
            case STRENGTH_WORK -> pillars.contains("strength") ? EXACT : 0;
            case RECOVERY -> pillars.stream().anyMatch(RECOVERY_PILLARS::contains) ? EXACT : 0;
            case HYDRATION -> {
                if (template.metric() instanceof Metric.Measured measured
                        && measured.unit().toLowerCase(Locale.ROOT).startsWith("glass")) {
                    yield EXACT;
                }
                yield pillars.contains("nutrition") ? 1 : 0;
            }
        };
    }

    /** Within a tier, what makes one fit better: movement breaks, the more often the better. */
    int closeness(HabitTemplate template) {
        if (this == MOVEMENT_BREAKS && template.schedule() instanceof Schedule.EveryHours every) {
            return -every.hours();
        }
        return 0;
    }
}
