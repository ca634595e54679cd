package dev.unknot.plugin.ergonomics;

import static dev.unknot.core.library.BodyArea.HIPS;
import static dev.unknot.core.library.BodyArea.LEGS;
import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.NECK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.SPINE;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Ergonomics: setting up the chair, desk, screen and bed so that they stop provoking tightness. */
public final class ErgonomicsPlugin implements TechniquePlugin {

    static final String ID = "ergonomics";

    static final Technique CHAIR_AND_LUMBAR_SUPPORT = Technique.builder("ergonomics/chair-and-lumbar-support")
            .name("Chair height and lumbar support")
            .pillar(ID)
            .summary("A chair set to your body keeps the pelvis upright and the lower back in its natural curve, "
                    + "instead of letting you sag into a C shape for hours.")
            .steps(
                    "Sit right back in the seat and raise or lower it until both feet rest flat on the floor.",
                    "Check your knees: they should sit at about the height of your hips, with two or three fingers' "
                            + "gap between the front of the seat and the back of your knees.",
                    "Move the lumbar support, or a small cushion or rolled towel, so that it fills the hollow of "
                            + "your lower back just above the belt line.",
                    "Lower the armrests until your shoulders hang loose with your elbows bent at about a right "
                            + "angle.",
                    "Lean lightly into the backrest; if you catch yourself perching on the front edge, adjust again.")
            .dose(Dose.once())
            .equipment("An adjustable chair, or a cushion or rolled towel for the lower back")
            .bodyAreas(LOWER_BACK, SPINE, HIPS)
            .causes(POOR_POSTURE)
            .cautions(
                    "If your feet no longer reach the floor once the seat suits your desk, use a footrest rather "
                            + "than sitting lower than the desk needs.",
                    "A new setup can feel strange for a few days; change it gradually rather than forcing a "
                            + "position that hurts.",
                    "No chair makes hours of stillness safe: get up and move at least once an hour.")
            .build();

    static final Technique SIT_STAND_DESK = Technique.builder("ergonomics/sit-stand-desk")
            .name("Standing desk or sit-stand switching")
            .pillar(ID)
            .summary("No posture is good for a whole day. Changing between sitting and standing lets the back "
                    + "muscles take turns instead of staying locked in one shape.")
            .steps(
                    "Set the standing height so that your elbows bend at about a right angle with your forearms "
                            + "level on the desk and your shoulders relaxed.",
                    "Stand with your weight spread over both feet and your knees soft; rest one foot on a low box "
                            + "now and then.",
                    "Change position at least once an hour; a reminder helps until it becomes automatic.",
                    "Without a standing desk, take calls standing, read on your feet, or work at a kitchen counter "
                            + "for short tasks.",
                    "Build up your standing time over a week or two, starting with short spells.")
            .dose(Dose.once())
            .equipment("A height-adjustable desk, or any counter or shelf at elbow height")
            .bodyAreas(LOWER_BACK, SPINE, HIPS, LEGS)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT)
            .cautions(
                    "Standing still for hours strains the back and legs as well; the aim is to switch, not to "
                            + "stand all day.",
                    "On a hard floor, wear supportive shoes or stand on an anti-fatigue mat.")
            .build();

    static final Technique SCREEN_AT_EYE_LEVEL = Technique.builder("ergonomics/screen-at-eye-level")
            .name("Screen at eye level")
            .pillar(ID)
            .summary("A screen that sits too low or too far away draws the head forward, and the neck and upper "
                    + "back carry that weight for every hour you work.")
            .steps(
                    "Sit in your usual working position and look straight ahead: the top edge of the screen should "
                            + "be at or a little below your eyes.",
                    "Place the screen about an arm's length away, close enough to read without leaning in.",
                    "Centre it in front of you; with two screens, put the one you use most straight ahead.",
                    "Tilt it back slightly so that you read it with your chin level, neither tipped up nor tucked "
                            + "down.",
                    "On a laptop, raise the screen on a stand or a stack of books and type on a separate keyboard "
                            + "and mouse.")
            .dose(Dose.once())
            .equipment("A monitor riser, laptop stand or stack of books; for a laptop, a separate keyboard and mouse")
            .bodyAreas(NECK, SHOULDERS, UPPER_BACK)
            .causes(POOR_POSTURE)
            .cautions(
                    "With varifocal glasses, set the screen a little lower so that you do not tip your head back "
                            + "to read.",
                    "Make the text bigger rather than leaning towards the screen.")
            .build();

    static final Technique MATTRESS_AND_PILLOW = Technique.builder("ergonomics/mattress-and-pillow")
            .name("Supportive mattress and pillow")
            .pillar(ID)
            .summary("A bed that holds the spine level lets the back recover overnight, so you wake loose rather "
                    + "than stiff.")
            .steps(
                    "Lie on your side and have someone look, or take a photo: your spine should run straight from "
                            + "neck to hips, neither sagging nor bowing.",
                    "Choose a pillow height that keeps your head in line with your spine: fuller if you sleep on "
                            + "your side, flatter if you sleep on your back.",
                    "Check the mattress for dips where your hips lie; if it sags or is more than eight to ten years "
                            + "old, turn or replace it.",
                    "Sleeping on your side, put a pillow between your knees; on your back, put one under them.",
                    "Give a new mattress or pillow two to four weeks before judging it; the back needs time to "
                            + "adjust.")
            .dose(Dose.once())
            .equipment("A supportive mattress and pillow; a spare pillow for the knees")
            .bodyAreas(SPINE, NECK, LOWER_BACK)
            .causes(POOR_POSTURE)
            .cautions(
                    "Firmer is not always better: medium-firm suits most backs; choose what keeps you level and "
                            + "comfortable.",
                    "If you wake stiff or sore every morning even on a good bed, see a specialist.")
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(CHAIR_AND_LUMBAR_SUPPORT, SIT_STAND_DESK, SCREEN_AT_EYE_LEVEL, MATTRESS_AND_PILLOW);

    /** Two minutes is enough to go through one part of the desk setup again. */
    private static final Dose CHECK = Dose.minutes(2);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Ergonomics", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Ergonomics",
                "Tightness that keeps coming back usually has a trigger in the places where you sit, work and "
                        + "sleep. Set up the chair, desk, screen and bed once, check them now and then, and "
                        + "the back stops fighting its surroundings."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                "ergonomics/workstation-check",
                "Workstation check",
                "Go through the chair, the desk height and the screen again; setups drift as chairs get "
                        + "bumped and laptops move.",
                RoutineStep.of(CHAIR_AND_LUMBAR_SUPPORT, CHECK),
                RoutineStep.of(SIT_STAND_DESK, CHECK),
                RoutineStep.of(SCREEN_AT_EYE_LEVEL, CHECK)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "ergonomics/alternate-sitting-and-standing",
                        "Alternate sitting and standing",
                        "Every hour of the working day, change from sitting to standing or back again.",
                        HabitTarget.technique("ergonomics/sit-stand-desk"),
                        Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "ergonomics/weekly-workstation-check",
                        "Weekly workstation check",
                        "At the start of each week, check that chair, desk and screen are still set up for you.",
                        HabitTarget.routine("ergonomics/workstation-check"),
                        Schedule.on(DayOfWeek.MONDAY),
                        Metric.yesNo()));
    }
}
