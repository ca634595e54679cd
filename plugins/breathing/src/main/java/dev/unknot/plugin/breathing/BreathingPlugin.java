package dev.unknot.plugin.breathing;

import static dev.unknot.core.library.BodyArea.NECK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.BodyArea.WHOLE_BODY;
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
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Breathing and stress relief: calming the mind so that the back muscles stop bracing. */
public final class BreathingPlugin implements TechniquePlugin {

    static final String ID = "breathing";

    static final Technique BOX_BREATHING = Technique.builder("breathing/box-breathing")
            .name("Box breathing")
            .pillar(ID)
            .summary("Breathing in, holding, breathing out and holding again for four even counts each. "
                    + "The steady square rhythm slows the heart and quietens a racing mind within a minute.")
            .steps(
                    "Sit upright with both feet on the floor, or lie on your back, and let your shoulders drop.",
                    "Empty your lungs, then breathe in slowly through your nose while counting to four.",
                    "Keep the air in, without clenching your throat, for another count of four.",
                    "Let the breath out gently through your mouth for four, then stay empty for four more.",
                    "Start the next breath in and keep the four sides of the box the same length.")
            .dose(Dose.cycles(
                    4,
                    TimerPhase.seconds("Inhale", 4),
                    TimerPhase.seconds("Hold", 4),
                    TimerPhase.seconds("Exhale", 4),
                    TimerPhase.seconds("Hold", 4)))
            .bodyAreas(WHOLE_BODY, NECK, SHOULDERS)
            .causes(STRESS)
            .cautions(
                    "If the holds make you dizzy or short of air, shorten them or leave them out until the rhythm "
                            + "feels easy.",
                    "With a heart or lung condition, or during pregnancy, keep the holds brief and ask your doctor "
                            + "before practising longer ones.")
            .build();

    static final Technique PROGRESSIVE_MUSCLE_RELAXATION = Technique.builder("breathing/progressive-muscle-relaxation")
            .name("Progressive muscle relaxation")
            .pillar(ID)
            .summary("Clench one group of muscles, then let it go, and work your way up the body. Feeling the "
                    + "contrast teaches you what letting go feels like, so you can find it again in your back.")
            .steps(
                    "Lie on your back or sit in a supported chair somewhere quiet, and take a few slow breaths.",
                    "Begin with your feet: curl your toes and squeeze them hard for about five seconds while "
                            + "breathing in.",
                    "Breathe out and drop the tension all at once; stay with the loose, heavy feeling for about "
                            + "twenty seconds.",
                    "Repeat with each group in turn, moving upwards: calves, thighs, buttocks, belly, hands and "
                            + "arms, shoulders, then face.",
                    "Finish with a few easy breaths and notice how slack your back feels against the floor or chair.")
            .dose(Dose.cycles(8, TimerPhase.seconds("Tense", 5), TimerPhase.seconds("Release", 20)))
            .bodyAreas(WHOLE_BODY, SHOULDERS, UPPER_BACK)
            .causes(STRESS)
            .cautions(
                    "Tense firmly but never to the point of pain or cramp.",
                    "Go lightly around an injured or painful area, or leave that group out.")
            .build();

    static final Technique MEDITATION = Technique.builder("breathing/meditation")
            .name("Meditation or guided imagery")
            .pillar(ID)
            .summary("A few quiet minutes spent following the breath, or picturing a calm place in detail, turn "
                    + "down the alarm that keeps back muscles on guard.")
            .steps(
                    "Sit comfortably with your back supported, or lie down, and close your eyes or lower your gaze.",
                    "Let the breath set its own pace and rest your attention on the air moving in and out.",
                    "For guided imagery, picture a place where you feel safe and at ease, and fill in its sounds, "
                            + "smells and warmth; a recorded guide can lead you.",
                    "Whenever a thought pulls you away, notice it without scolding yourself and come back to the "
                            + "breath or the picture.",
                    "Before opening your eyes, scan from your neck down to your hips and let any held spot soften.")
            .dose(Dose.minutes(5, 10))
            .bodyAreas(WHOLE_BODY)
            .causes(STRESS)
            .cautions("If sitting still stirs up distressing thoughts, open your eyes, move about, and try a "
                    + "guided recording or a shorter session next time.")
            .build();

    static final Technique JOURNALING = Technique.builder("breathing/journaling")
            .name("Journaling or talking it out")
            .pillar(ID)
            .summary("Putting worries into words, on paper or to someone you trust, stops them circling in your "
                    + "head and takes some of the charge out of them.")
            .steps(
                    "Set a timer and write without stopping about whatever is weighing on you; neatness and "
                            + "order do not matter.",
                    "Name what you feel and where your body holds it, for example \"jaw clenched, shoulders up\".",
                    "End with one small thing you can do about it, or one thing you can put down for today.",
                    "If writing is not for you, spend the time talking it through with a friend, partner or "
                            + "someone else you trust.")
            .dose(Dose.minutes(10))
            .equipment("A notebook and pen, or someone to talk to")
            .bodyAreas(WHOLE_BODY)
            .causes(STRESS)
            .cautions("If worry or low mood is with you most days, or feels like too much to handle, talk to your "
                    + "doctor or a mental-health professional.")
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(BOX_BREATHING, PROGRESSIVE_MUSCLE_RELAXATION, MEDITATION, JOURNALING);

    /** Child's pose comes from the stretching plugin; there it is a breathing shape as much as a stretch. */
    private static final RoutineStep CHILDS_POSE =
            new RoutineStep(TechniqueId.of("stretching/childs-pose"), Dose.hold(20, 30), Sides.NONE);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Breathing and stress relief", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Breathing and stress relief",
                "A worried, hurried mind keeps the back muscles braced as if for a blow. Slowing the breath "
                        + "and settling the mind lets them stand down too."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                "breathing/stress-reset",
                "Stress reset",
                "Square breathing to slow down, a head-to-toe release of tension, then a rest in child's pose "
                        + "breathing into the back.",
                RoutineStep.of(BOX_BREATHING),
                RoutineStep.of(PROGRESSIVE_MUSCLE_RELAXATION),
                CHILDS_POSE));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "breathing/daily-box-breathing",
                        "Daily box breathing",
                        "Once a day, take a minute for four rounds of box breathing, ideally at a moment you "
                                + "know to be tense.",
                        HabitTarget.technique("breathing/box-breathing"),
                        Schedule.daily(),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "breathing/evening-stress-reset",
                        "Evening stress reset",
                        "Three evenings a week, run through the stress reset to let the day's tension go "
                                + "before bed.",
                        HabitTarget.routine("breathing/stress-reset"),
                        Schedule.timesPerWeek(3),
                        Metric.yesNo()));
    }
}
