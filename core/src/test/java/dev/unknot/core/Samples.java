package dev.unknot.core;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import java.util.Arrays;

/** Small, valid library content for tests that care about ids and references, not prose. */
public final class Samples {

    private Samples() {}

    public static Pillar pillar(String id) {
        return pillar(id, "Pillar " + id);
    }

    public static Pillar pillar(String id, String name) {
        return Pillar.of(id, name, "Why " + id + " helps.");
    }

    /** A technique held 20–30 s once, in {@code pillar}. */
    public static Technique technique(String id, String pillar) {
        return technique(id, pillar, Dose.hold(20, 30));
    }

    public static Technique technique(String id, String pillar, Dose dose) {
        return Technique.builder(id)
                .name("Technique " + id)
                .pillar(pillar)
                .summary("Loosens what " + id + " is for.")
                .steps("Settle in.", "Breathe slowly.")
                .dose(dose)
                .bodyAreas(BodyArea.UPPER_BACK)
                .build();
    }

    /** A technique held 20–30 s on each side, in {@code pillar}. */
    public static Technique twoSided(String id, String pillar) {
        return Technique.builder(id)
                .name("Technique " + id)
                .pillar(pillar)
                .summary("Loosens one side, then the other.")
                .steps("Turn to one side.", "Turn to the other.")
                .dose(Dose.hold(20, 30))
                .eachSide()
                .bodyAreas(BodyArea.SPINE)
                .build();
    }

    /** A routine doing each technique at its own dose. */
    public static Routine routine(String id, Technique... techniques) {
        return Routine.of(
                id,
                "Routine " + id,
                "A short session.",
                Arrays.stream(techniques).map(RoutineStep::of).toArray(RoutineStep[]::new));
    }

    public static Routine routine(String id, RoutineStep... steps) {
        return Routine.of(id, "Routine " + id, "A short session.", steps);
    }

    public static HabitTemplate template(String id, HabitTarget target) {
        return HabitTemplate.of(
                id, "Template " + id, "A habit worth keeping.", target, Schedule.daily(), Metric.yesNo());
    }
}
