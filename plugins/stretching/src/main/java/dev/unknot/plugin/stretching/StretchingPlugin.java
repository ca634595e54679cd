package dev.unknot.plugin.stretching;

import static dev.unknot.core.library.BodyArea.HIPS;
import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.MID_BACK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.SPINE;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.OVERUSE;
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
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Targeted stretching: the first thing to reach for when the back feels tight. */
public final class StretchingPlugin implements TechniquePlugin {

    static final String ID = "stretching";

    static final Technique CHILDS_POSE = Technique.builder("stretching/childs-pose")
            .name("Child's pose")
            .pillar(ID)
            .summary("A resting yoga shape that lets the whole spine lengthen under its own weight.")
            .steps(
                    "Kneel with your big toes touching and your knees about hip-width apart.",
                    "Sit your hips back towards your heels.",
                    "Walk your hands forward and let your chest sink towards the floor, forehead down.",
                    "Breathe slowly into your back and feel it widen with every breath in.")
            .dose(Dose.hold(20, 30))
            .bodyAreas(LOWER_BACK, MID_BACK, SPINE, HIPS)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT, STRESS)
            .cautions("Put a cushion under your knees or hips if they complain.")
            .build();

    static final Technique CAT_COW = Technique.builder("stretching/cat-cow")
            .name("Cat-cow")
            .pillar(ID)
            .summary("A slow rock between a rounded and an arched back that gets the whole spine moving.")
            .steps(
                    "Start on hands and knees, hands under shoulders, knees under hips.",
                    "Breathing in, let your belly drop and lift your chest and tailbone (cow).",
                    "Breathing out, round your back up to the ceiling and tuck your chin (cat).",
                    "Keep flowing between the two with your breath, without forcing the end positions.")
            .dose(Dose.hold(20, 30))
            .bodyAreas(SPINE, UPPER_BACK, MID_BACK, LOWER_BACK)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT)
            .cautions("Move only as far as feels comfortable; this is mobility, not a test of range.")
            .build();

    static final Technique KNEE_TO_CHEST = Technique.builder("stretching/knee-to-chest")
            .name("Knee-to-chest stretch")
            .pillar(ID)
            .summary("Hugging one knee in eases the lower back and lets the pelvis settle back into place.")
            .steps(
                    "Lie on your back with both knees bent and feet flat.",
                    "Draw one knee towards your chest, holding it behind the thigh or over the shin.",
                    "Keep the other foot on the floor and your lower back relaxed into it.",
                    "Breathe deeply, then lower the leg slowly and change sides.")
            .dose(Dose.hold(20, 30))
            .eachSide()
            .bodyAreas(LOWER_BACK, HIPS)
            .causes(LACK_OF_MOVEMENT, OVERUSE)
            .cautions("Hold behind the thigh instead of the shin if your knee is sensitive.")
            .build();

    static final Technique SEATED_SPINAL_TWIST = Technique.builder("stretching/seated-spinal-twist")
            .name("Seated spinal twist")
            .pillar(ID)
            .summary("A gentle rotation that releases the upper and middle back; easy to do in an office chair.")
            .steps(
                    "Sit tall with both feet on the floor.",
                    "Breathe in and grow taller through the crown of your head.",
                    "Breathing out, turn your chest to one side, one hand on the opposite knee, the other behind you.",
                    "Keep lengthening as you breathe; come back to the middle slowly and turn the other way.")
            .dose(Dose.hold(20, 30))
            .eachSide()
            .bodyAreas(UPPER_BACK, MID_BACK, SHOULDERS)
            .causes(POOR_POSTURE, LACK_OF_MOVEMENT)
            .cautions("Turn from the ribs, not by cranking the neck; never bounce into the twist.")
            .build();

    private static final List<Technique> TECHNIQUES = List.of(CHILDS_POSE, CAT_COW, KNEE_TO_CHEST, SEATED_SPINAL_TWIST);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Stretching", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Stretching",
                "Slow, held stretches lengthen tight muscles and calm them; the first line of defence, "
                        + "best done every day and after long spells of sitting."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                "stretching/four-stretch-release",
                "Four-stretch release",
                "All four back stretches in a row, each held while breathing deeply.",
                RoutineStep.of(CAT_COW),
                RoutineStep.of(CHILDS_POSE),
                RoutineStep.of(KNEE_TO_CHEST),
                RoutineStep.of(SEATED_SPINAL_TWIST)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "stretching/daily-stretches",
                        "Daily back stretches",
                        "Run through the four back stretches once a day, holding each for 20–30 seconds.",
                        HabitTarget.routine("stretching/four-stretch-release"),
                        Schedule.daily(),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "stretching/stretch-after-sitting",
                        "Stretch after long sitting",
                        "After a long stretch in a chair, stand up and do a twist and a knee hug.",
                        HabitTarget.technique("stretching/seated-spinal-twist"),
                        Schedule.everyHours(2, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)),
                        Metric.yesNo()));
    }
}
