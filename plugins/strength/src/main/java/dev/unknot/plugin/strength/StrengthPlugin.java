package dev.unknot.plugin.strength;

import static dev.unknot.core.library.BodyArea.CORE;
import static dev.unknot.core.library.BodyArea.GLUTES;
import static dev.unknot.core.library.BodyArea.HIPS;
import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.MID_BACK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.Cause.MUSCLE_IMBALANCE;
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

/** Strengthening the glutes, core and upper back so the back muscles stop doing their work. */
public final class StrengthPlugin implements TechniquePlugin {

    static final String ID = "strength";

    private static final String MAT = "Exercise mat";
    private static final String BAND_OR_DUMBBELLS = "Resistance band or a pair of light dumbbells";
    private static final String FORM_FIRST =
            "Stop the set when your form slips; a few clean reps beat many sloppy ones.";

    static final Technique GLUTE_BRIDGES = Technique.builder("strength/glute-bridges")
            .name("Glute bridges")
            .pillar(ID)
            .summary("Lifting the hips off the floor trains the glutes to extend the hips themselves, "
                    + "instead of leaving the job to the lower back.")
            .steps(
                    "Lie on your back with knees bent, feet flat and hip-width apart, arms by your sides.",
                    "Tighten your belly lightly and press through your heels.",
                    "Squeeze your buttocks to lift your hips until knees, hips and shoulders form a straight line.",
                    "Hold for a breath at the top, then lower slowly, one vertebra at a time.")
            .dose(Dose.reps(12, 2))
            .equipment(MAT)
            .bodyAreas(GLUTES, HIPS, LOWER_BACK)
            .causes(MUSCLE_IMBALANCE)
            .cautions("Lift with the buttocks, not by arching the lower back; stop at a straight line.", FORM_FIRST)
            .build();

    static final Technique CLAMSHELLS = Technique.builder("strength/clamshells")
            .name("Clamshells")
            .pillar(ID)
            .summary("Opening the top knee like a shell wakes the small glute muscles at the side of the hip "
                    + "that keep the pelvis level.")
            .steps(
                    "Lie on your side with hips and knees bent, heels in line with your buttocks, head on your arm.",
                    "Stack your hips one above the other and keep your feet together.",
                    "Without rolling your pelvis back, lift the top knee as far as it goes.",
                    "Lower it slowly; finish the set, then turn over and do the other side.")
            .dose(Dose.reps(12, 2))
            .eachSide()
            .equipment(MAT)
            .bodyAreas(GLUTES, HIPS)
            .causes(MUSCLE_IMBALANCE)
            .cautions(
                    "Keep the movement small if your pelvis starts to tip back.",
                    "Once it feels easy, add a mini resistance band just above the knees.")
            .build();

    static final Technique PLANK = Technique.builder("strength/plank")
            .name("Plank")
            .pillar(ID)
            .summary("Holding the body straight on forearms and toes teaches the core to brace the spine, "
                    + "so the back muscles no longer have to hold it up alone.")
            .steps(
                    "Set your forearms on the floor with elbows under your shoulders.",
                    "Step your feet back until your body forms a straight line from head to heels.",
                    "Draw your belly button in, squeeze your buttocks and keep breathing steadily.",
                    "Hold, rest briefly on your knees, and repeat.")
            .dose(Dose.hold(20, 30).times(3))
            .equipment(MAT)
            .bodyAreas(CORE, LOWER_BACK, SHOULDERS)
            .causes(MUSCLE_IMBALANCE, POOR_POSTURE)
            .cautions(
                    "Come down as soon as your hips sag or your lower back starts to ache.",
                    "Drop to your knees for an easier version.")
            .build();

    static final Technique DEAD_BUGS = Technique.builder("strength/dead-bugs")
            .name("Dead bugs")
            .pillar(ID)
            .summary("Moving opposite arm and leg while the lower back stays still trains the deep core to "
                    + "steady the spine as the limbs move.")
            .steps(
                    "Lie on your back, arms pointing at the ceiling, knees bent at right angles above your hips.",
                    "Press the small of your back gently into the floor and keep it there throughout.",
                    "Breathing out, lower one arm behind your head and the opposite leg towards the floor.",
                    "Bring them back, then repeat with the other arm and leg; each lower-and-return counts as one rep.")
            .dose(Dose.reps(10, 2))
            .equipment(MAT)
            .bodyAreas(CORE, LOWER_BACK)
            .causes(MUSCLE_IMBALANCE)
            .cautions(
                    "Only lower the limbs as far as you can without the lower back lifting off the floor.", FORM_FIRST)
            .build();

    static final Technique ROWS = Technique.builder("strength/rows")
            .name("Rows")
            .pillar(ID)
            .summary("Pulling the elbows back strengthens the muscles between the shoulder blades that hold "
                    + "the shoulders back against a day of hunching forward.")
            .steps(
                    "Loop a resistance band round something sturdy at chest height, or hold a light dumbbell "
                            + "in each hand and hinge forward from the hips with a flat back.",
                    "Let your arms hang straight in front of you with your shoulders down.",
                    "Pull your elbows back close to your sides, squeezing the shoulder blades together.",
                    "Pause, then let your arms straighten slowly.")
            .dose(Dose.reps(12, 2))
            .equipment(BAND_OR_DUMBBELLS)
            .bodyAreas(UPPER_BACK, MID_BACK, SHOULDERS)
            .causes(MUSCLE_IMBALANCE, POOR_POSTURE)
            .cautions(
                    "Keep your shoulders away from your ears and your neck relaxed.",
                    "Choose a weight you can pull without swinging or rounding your back.")
            .build();

    static final Technique REVERSE_FLYS = Technique.builder("strength/reverse-flys")
            .name("Reverse flys")
            .pillar(ID)
            .summary("Opening the arms out to the sides works the rear shoulders and upper back, "
                    + "balancing out the chest and helping you stand tall.")
            .steps(
                    "Hold a band in front of you at shoulder height, or a light dumbbell in each hand while "
                            + "hinged forward from the hips with a flat back.",
                    "Keep a soft bend in your elbows.",
                    "Open your arms out wide to the sides, drawing your shoulder blades together.",
                    "Return slowly to the start without letting the arms drop.")
            .dose(Dose.reps(12, 2))
            .equipment(BAND_OR_DUMBBELLS)
            .bodyAreas(UPPER_BACK, SHOULDERS)
            .causes(MUSCLE_IMBALANCE, POOR_POSTURE)
            .cautions("Use lighter resistance than for rows: the muscles are smaller.", FORM_FIRST)
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(GLUTE_BRIDGES, CLAMSHELLS, PLANK, DEAD_BUGS, ROWS, REVERSE_FLYS);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Strength", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Strength",
                "A back that stays tight is often covering for weak glutes, core or upper back. Make those "
                        + "muscles strong enough to carry their share and the back has less to compensate for, "
                        + "so the tightness is less likely to come back."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                "strength/strength-circuit",
                "Strength circuit",
                "Glutes, then core, then upper back: two exercises for each, all six in one session.",
                RoutineStep.of(GLUTE_BRIDGES),
                RoutineStep.of(CLAMSHELLS),
                RoutineStep.of(PLANK),
                RoutineStep.of(DEAD_BUGS),
                RoutineStep.of(ROWS),
                RoutineStep.of(REVERSE_FLYS)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(HabitTemplate.of(
                "strength/circuit-three-times-a-week",
                "Strength circuit",
                "Three times a week, on days that are not back to back, work through the six-exercise circuit.",
                HabitTarget.routine("strength/strength-circuit"),
                Schedule.timesPerWeek(3),
                Metric.yesNo()));
    }
}
