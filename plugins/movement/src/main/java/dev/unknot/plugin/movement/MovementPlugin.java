package dev.unknot.plugin.movement;

import static dev.unknot.core.library.BodyArea.CORE;
import static dev.unknot.core.library.BodyArea.HIPS;
import static dev.unknot.core.library.BodyArea.LEGS;
import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.NECK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.SPINE;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.BodyArea.WHOLE_BODY;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.POOR_POSTURE;
import static dev.unknot.core.library.Cause.STRESS;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.time.LocalTime;
import java.util.List;

/** Gentle mobility and movement breaks: small, frequent doses of motion that stop tightness building up. */
public final class MovementPlugin implements TechniquePlugin {

    static final String ID = "movement";

    private static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
    private static final LocalTime WORKDAY_END = LocalTime.of(17, 0);

    static final Technique WALK_AFTER_SITTING = Technique.builder("movement/walk-after-sitting")
            .name("Walk after sitting")
            .pillar(ID)
            .summary("An easy ten-minute walk after an hour in a chair gets the blood moving again and lets "
                    + "the hips and lower back unfold before stiffness sets in.")
            .steps(
                    "Stand up, take a breath and roll your shoulders back and down.",
                    "Walk at a relaxed, comfortable pace: indoors, around the block or up and down a corridor.",
                    "Let your arms swing freely and look ahead rather than at the floor or a phone.",
                    "Keep going for ten minutes, then sit back down tall.")
            .dose(Dose.minutes(10))
            .bodyAreas(WHOLE_BODY, LOWER_BACK, HIPS, LEGS)
            .causes(LACK_OF_MOVEMENT, POOR_POSTURE)
            .cautions("Wear shoes you can walk in comfortably; a slow pace counts just as much.")
            .build();

    static final Technique PELVIC_TILTS = Technique.builder("movement/pelvic-tilts")
            .name("Pelvic tilts")
            .pillar(ID)
            .summary("Rocking the pelvis back and forth while lying down wakes the deep core and moves the "
                    + "lower spine through a small, safe range.")
            .steps(
                    "Lie on your back with knees bent, feet flat and hip-width apart, arms by your sides.",
                    "Breathing out, tighten your belly and press the small of your back gently into the floor, "
                            + "tipping the pelvis towards you.",
                    "Breathing in, let go and allow a small arch to return under your lower back.",
                    "Keep the movement small and slow, with your buttocks staying on the floor.")
            .dose(Dose.reps(10, 2))
            .bodyAreas(LOWER_BACK, HIPS, CORE)
            .causes(LACK_OF_MOVEMENT, POOR_POSTURE)
            .cautions("Stay in a range that feels easy; the movement should never pinch.")
            .build();

    static final Technique HIP_CIRCLES = Technique.builder("movement/hip-circles")
            .name("Hip circles")
            .pillar(ID)
            .summary("Slow circles of the hips loosen the hip joints and the base of the spine, which stiffen "
                    + "first when you sit for long.")
            .steps(
                    "Stand with feet a little wider than your hips, knees soft and hands on your hips.",
                    "Draw large, slow circles with your pelvis, as if tracing the inside of a bowl.",
                    "Keep your head and shoulders fairly still so the movement comes from the hips.",
                    "Circle one way for the first set and the other way for the second.")
            .dose(Dose.reps(10, 2))
            .bodyAreas(HIPS, LOWER_BACK)
            .causes(LACK_OF_MOVEMENT)
            .cautions("Hold the back of a chair if your balance is unsteady.")
            .build();

    static final Technique SHOULDER_ROLLS = Technique.builder("movement/shoulder-rolls")
            .name("Shoulder rolls")
            .pillar(ID)
            .summary("Rolling the shoulders undoes the hunched, forward set they take at a keyboard and eases "
                    + "the muscles between the neck and the upper back.")
            .steps(
                    "Sit or stand tall with your arms hanging loose.",
                    "Lift both shoulders up towards your ears.",
                    "Draw them back, squeezing the shoulder blades together, then let them drop down.",
                    "Make each circle slow and big: backwards for the first set, forwards for the second.")
            .dose(Dose.reps(10, 2))
            .bodyAreas(SHOULDERS, UPPER_BACK, NECK)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT, STRESS)
            .cautions("Keep the neck long and relaxed; do not force the shoulders through a clicking or painful spot.")
            .build();

    static final Technique GENTLE_YOGA_FLOW = Technique.builder("movement/gentle-yoga-flow")
            .name("Gentle yoga flow")
            .pillar(ID)
            .summary("A slow sequence of easy yoga poses linked to the breath, moving the spine in every "
                    + "direction and calming the mind along with the muscles.")
            .steps(
                    "Stand tall, arms by your sides, and take three slow breaths.",
                    "Reach both arms overhead as you breathe in, then fold forward with soft knees as you breathe out.",
                    "Step back to hands and knees and flow through a few rounds of cat and cow.",
                    "Sit back into child's pose for several breaths, then come up to kneeling.",
                    "Walk the hands back, roll up to standing one vertebra at a time, and repeat the sequence.")
            .dose(Dose.minutes(10, 15))
            .equipment("Exercise mat")
            .bodyAreas(SPINE, HIPS, SHOULDERS, WHOLE_BODY)
            .causes(LACK_OF_MOVEMENT, STRESS, POOR_POSTURE)
            .cautions(
                    "Bend your knees as much as you need in the forward fold.",
                    "Go slowly and skip any pose that hurts; the aim is ease, not stretch.")
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(WALK_AFTER_SITTING, PELVIC_TILTS, HIP_CIRCLES, SHOULDER_ROLLS, GENTLE_YOGA_FLOW);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Movement", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Movement",
                "Every hour spent still lets muscles stiffen a little more. Short, frequent bouts of gentle "
                        + "motion through the day keep the circulation up and let tension drain away before it "
                        + "can settle in."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        // Stretching techniques are named by id with the sides that plugin gives them.
        return List.of(
                Routine.of(
                        "movement/morning-mobility-flow",
                        "Morning mobility flow",
                        "A few minutes of easy movement on waking, to get the spine going for the day.",
                        new RoutineStep(TechniqueId.of("stretching/cat-cow"), Dose.hold(20, 30), Sides.NONE),
                        RoutineStep.of(PELVIC_TILTS),
                        RoutineStep.of(HIP_CIRCLES),
                        RoutineStep.of(SHOULDER_ROLLS)),
                Routine.of(
                        "movement/desk-break",
                        "Desk break",
                        "A quick reset between spells of sitting: shoulders, a twist in the chair, hips and a "
                                + "short walk.",
                        RoutineStep.of(SHOULDER_ROLLS, Dose.reps(5, 2)),
                        new RoutineStep(
                                TechniqueId.of("stretching/seated-spinal-twist"), Dose.hold(20, 20), Sides.EACH_SIDE),
                        RoutineStep.of(HIP_CIRCLES, Dose.reps(5, 2)),
                        RoutineStep.of(WALK_AFTER_SITTING, Dose.minutes(2))),
                Routine.of(
                        "movement/hips-and-shoulders",
                        "Hips and shoulders",
                        "Hip circles and shoulder rolls back to back; small enough to fit anywhere in the day.",
                        RoutineStep.of(HIP_CIRCLES),
                        RoutineStep.of(SHOULDER_ROLLS)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "movement/walk-after-each-hour-of-sitting",
                        "10-minute walk after each hour of sitting",
                        "Every hour of the working day, get out of the chair for an easy ten-minute walk.",
                        HabitTarget.technique("movement/walk-after-sitting"),
                        Schedule.everyHours(1, WORKDAY_START, WORKDAY_END),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "movement/hips-and-shoulders-through-the-day",
                        "Hip circles and shoulder rolls",
                        "Loosen the hips and shoulders every couple of hours, wherever you are.",
                        HabitTarget.routine("movement/hips-and-shoulders"),
                        Schedule.everyHours(2, WORKDAY_START, WORKDAY_END),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "movement/daily-morning-mobility",
                        "Morning mobility flow",
                        "Start each day with five minutes of gentle movement for the spine, hips and shoulders.",
                        HabitTarget.routine("movement/morning-mobility-flow"),
                        Schedule.daily(),
                        Metric.yesNo()));
    }
}
