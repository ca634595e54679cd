package org.example.yoga;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/**
 * Yoga for the back: a pillar of its own, three poses, an evening routine that borrows the
 * built-in child's pose, a habit template and an advice rule. Registered in
 * {@code META-INF/services/dev.unknot.core.spi.TechniquePlugin}.
 *
 * <p>Every id starts with the plugin's id, {@code yoga/}; the pillar id is {@code yoga} too.
 */
public final class YogaPlugin implements TechniquePlugin {

    /** The plugin's id: the namespace of every id below. */
    static final String ID = "yoga";

    static final Technique DOWNWARD_DOG = Technique.builder("yoga/downward-dog")
            .name("Downward dog")
            .pillar(ID)
            .summary("An upside-down V that lengthens the whole back of the body, from heels to hands.")
            .steps(
                    "Start on hands and knees, hands a little ahead of your shoulders.",
                    "Tuck your toes and lift your hips up and back.",
                    "Press the floor away and let your head hang between your arms.",
                    "Bend your knees as much as you need to keep your back long.")
            .dose(Dose.hold(20, 40))
            .bodyAreas(BodyArea.SPINE, BodyArea.SHOULDERS, BodyArea.LEGS)
            .causes(Cause.LACK_OF_MOVEMENT)
            .cautions("Skip it with high blood pressure or a wrist injury.")
            .build();

    static final Technique SPHINX = Technique.builder("yoga/sphinx")
            .name("Sphinx")
            .pillar(ID)
            .summary("A gentle backbend on the forearms that undoes an afternoon of slouching.")
            .steps(
                    "Lie on your front, elbows under your shoulders, forearms on the floor.",
                    "Press your forearms down and lift your chest a little.",
                    "Keep your shoulders away from your ears and breathe into your lower back.")
            .dose(Dose.hold(30, 60))
            .bodyAreas(BodyArea.LOWER_BACK, BodyArea.MID_BACK)
            .causes(Cause.POOR_POSTURE, Cause.LACK_OF_MOVEMENT)
            .cautions("Come out of it if it pinches your lower back.")
            .build();

    static final Technique THREAD_THE_NEEDLE = Technique.builder("yoga/thread-the-needle")
            .name("Thread the needle")
            .pillar(ID)
            .summary("A kneeling twist that opens the upper back and the back of the shoulder.")
            .steps(
                    "Start on hands and knees.",
                    "Slide one arm under the other, palm up, until that shoulder and ear rest on the floor.",
                    "Let your upper back turn and soften; then change sides.")
            .dose(Dose.hold(20, 30))
            .eachSide()
            .bodyAreas(BodyArea.UPPER_BACK, BodyArea.SHOULDERS)
            .causes(Cause.STRESS, Cause.POOR_POSTURE)
            .build();

    /**
     * Borrows the stretching plugin's child's pose by its id, at a longer hold than its own. A step
     * must do a technique on the sides the technique has ({@link Sides#NONE} for child's pose).
     */
    static final Routine EVENING_UNWIND = Routine.of(
            "yoga/evening-unwind",
            "Evening unwind",
            "Four slow poses that let the back settle before sleep.",
            RoutineStep.of(SPHINX),
            RoutineStep.of(THREAD_THE_NEEDLE),
            new RoutineStep(TechniqueId.of("stretching/childs-pose"), Dose.hold(30, 60), Sides.NONE),
            RoutineStep.of(DOWNWARD_DOG, Dose.hold(20, 30)));

    static final HabitTemplate EVENING_UNWIND_DAILY = HabitTemplate.of(
            "yoga/evening-unwind-daily",
            "Evening unwind, every day",
            "The evening unwind before bed, every day.",
            HabitTarget.routine("yoga/evening-unwind"),
            Schedule.daily(),
            Metric.yesNo());

    @Override
    public PluginDescriptor descriptor() {
        // The evening routine borrows a stretch of the built-in stretching plugin: say so, so that
        // Unknot loads that plugin first and names it when it is missing.
        return PluginDescriptor.of(ID, "Yoga for the back", "1.0.0", "Example Studio")
                .requiring("stretching", "[0.1,1.0)")
                .runningOn("[0.1,1.0)");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(ID, "Yoga", "Slow poses held with easy breathing, to lengthen and settle the back."));
    }

    @Override
    public List<Technique> techniques() {
        return List.of(DOWNWARD_DOG, SPHINX, THREAD_THE_NEEDLE);
    }

    @Override
    public List<Routine> routines() {
        return List.of(EVENING_UNWIND);
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(EVENING_UNWIND_DAILY);
    }

    @Override
    public List<AdviceRule> adviceRules() {
        return List.of(new EaseOff());
    }
}
