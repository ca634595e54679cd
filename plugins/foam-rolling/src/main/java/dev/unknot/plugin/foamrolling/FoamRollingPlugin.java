package dev.unknot.plugin.foamrolling;

import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.MID_BACK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.OVERUSE;
import static dev.unknot.core.library.Cause.POOR_POSTURE;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Foam rolling: self-massage with a roller, one section of the back at a time. */
public final class FoamRollingPlugin implements TechniquePlugin {

    static final String ID = "foam-rolling";

    static final Technique UPPER_BACK_ROLL = Technique.builder("foam-rolling/upper-back-roll")
            .name("Upper-back roll")
            .pillar(ID)
            .summary("Rolling the band between the shoulder blades and the bottom of the ribs frees stuck "
                    + "tissue and brings fresh blood into muscles that a day at a desk leaves stiff.")
            .steps(
                    "Sit on the floor with knees bent and the roller across your back, just under the shoulder blades.",
                    "Cross your arms over your chest, cradle your head in your hands if your neck tires, "
                            + "and lift your hips a little.",
                    "Push gently with your feet so the roller travels slowly up to the tops of the shoulder blades "
                            + "and back down to the lowest ribs.",
                    "When you meet a sore or knotted spot, stay on it and let your weight sink in for a few breaths.",
                    "Keep breathing slow and deep throughout, and move on after one to two minutes.")
            .dose(Dose.minutes(1, 2))
            .equipment("Foam roller")
            .bodyAreas(UPPER_BACK, MID_BACK, SHOULDERS)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT, OVERUSE)
            .cautions(
                    "Roll over muscle, not over the neck or the back of the head.",
                    "Pressure on a knot should feel like a strong ache that fades; sharp or shooting pain means stop.",
                    "Skip rolling over bruises, broken skin or a fresh injury.")
            .build();

    static final Technique LOWER_BACK_ROLL = Technique.builder("foam-rolling/lower-back-roll")
            .name("Lower-back roll")
            .pillar(ID)
            .summary("Slow passes over the muscles beside the lower spine ease soreness there and let the "
                    + "lower back bend and turn more freely again.")
            .steps(
                    "Sit with the roller behind you and lie back so it rests just above your belt line.",
                    "Keep your feet flat and your knees bent, and lean a little to one side so the roller sits on "
                            + "the thick muscle beside the spine rather than on the spine itself.",
                    "Roll in short, slow strokes between the bottom of the ribs and the top of the pelvis.",
                    "Hold still on any tender spot and breathe into it until it softens.",
                    "Lean to the other side and repeat, for one to two minutes in all.")
            .dose(Dose.minutes(1, 2))
            .equipment("Foam roller")
            .bodyAreas(LOWER_BACK)
            .causes(LACK_OF_MOVEMENT, OVERUSE)
            .cautions(
                    "Go lighter here than on the upper back: the lower back has no ribs to spread the pressure.",
                    "Keep your hips supported so the lower back does not sag or arch over the roller.",
                    "If the tightness comes with numbness, weakness or pain running down a leg, "
                            + "have it checked instead of rolling it.")
            .build();

    private static final List<Technique> TECHNIQUES = List.of(UPPER_BACK_ROLL, LOWER_BACK_ROLL);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Foam rolling", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Foam rolling",
                "A massage you give yourself with a foam cylinder and your own weight: it loosens spots where "
                        + "muscle and its wrapping have stuck together, draws blood into tight tissue, calms "
                        + "soreness and inflammation, and lets the back move through a fuller range."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                "foam-rolling/whole-back-roll",
                "Whole-back roll",
                "The upper back first, then the lower back, one to two minutes each.",
                RoutineStep.of(UPPER_BACK_ROLL),
                RoutineStep.of(LOWER_BACK_ROLL)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(HabitTemplate.of(
                "foam-rolling/roll-three-times-a-week",
                "Roll the back three times a week",
                "Give the upper and lower back a slow roll on three days of the week, pausing on the sore spots.",
                HabitTarget.routine("foam-rolling/whole-back-roll"),
                Schedule.timesPerWeek(3),
                Metric.yesNo()));
    }
}
