package dev.unknot.plugin.heat;

import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.MID_BACK;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.BodyArea.WHOLE_BODY;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.OVERUSE;
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
import java.util.List;

/** Heat therapy: warming tight muscles so they relax, and so stretching and massage work better. */
public final class HeatPlugin implements TechniquePlugin {

    static final String ID = "heat";

    private static final String NO_FRESH_INJURY =
            "Leave heat off a new injury that is swollen, bruised or hot to the touch.";

    static final Technique HEATING_PAD = Technique.builder("heat/heating-pad")
            .name("Heating pad or hot-water bottle")
            .pillar(ID)
            .summary("Steady warmth on the tightest part of the back loosens the muscle's grip within minutes; "
                    + "the simplest way to warm up before stretching or a massage.")
            .steps(
                    "Warm the pad on a low or medium setting, or fill a hot-water bottle two-thirds with hot "
                            + "(not boiling) water and press out the air before closing it.",
                    "Wrap it in a thin towel or its cover.",
                    "Lie on your back or side, or sit back in a chair, with the warmth against the tight area.",
                    "Let the back go heavy and breathe slowly until the time is up.")
            .dose(Dose.minutes(15, 20))
            .equipment("Heating pad or hot-water bottle", "Thin towel or cover")
            .bodyAreas(LOWER_BACK, MID_BACK, UPPER_BACK)
            .causes(STRESS, LACK_OF_MOVEMENT, OVERUSE)
            .cautions(
                    "It should feel comfortably warm, never hot; check the skin now and then for redness.",
                    "Do not fall asleep on a heating pad: set a timer.",
                    NO_FRESH_INJURY,
                    "Take extra care where feeling in the skin is reduced, for example with diabetes.")
            .build();

    static final Technique EPSOM_SALT_BATH = Technique.builder("heat/epsom-salt-bath")
            .name("Warm bath with Epsom salts")
            .pillar(ID)
            .summary("Soaking in warm water with Epsom salts heats the whole back at once and is a good way "
                    + "to unwind before bed.")
            .steps(
                    "Run a bath that feels pleasantly warm on the inside of your wrist.",
                    "Stir in about two cups of Epsom salts until they dissolve.",
                    "Lie back so the water covers your back up to the shoulders.",
                    "Rest and breathe slowly, gently rocking your knees from side to side now and then.",
                    "Stand up slowly when you get out, and drink a glass of water.")
            .dose(Dose.minutes(15, 20))
            .equipment("Bathtub", "Epsom salts")
            .bodyAreas(WHOLE_BODY, LOWER_BACK, MID_BACK, UPPER_BACK)
            .causes(STRESS, OVERUSE)
            .cautions(
                    "Keep the water warm rather than hot; heat can make you light-headed.",
                    "Ask a doctor first if you are pregnant or have heart, blood-pressure or kidney problems.",
                    "Skip the salts on broken or irritated skin.")
            .build();

    static final Technique INFRARED_HEAT_WRAP = Technique.builder("heat/infrared-heat-wrap")
            .name("Infrared heat wrap")
            .pillar(ID)
            .summary("A wrap that sends infrared warmth deep into the lower back while you stay on your feet, "
                    + "so the heat keeps working through desk time or chores.")
            .steps(
                    "Switch the wrap on at its lowest setting and let it warm up.",
                    "Fasten it around your waist so the heating panel sits over the tight area.",
                    "Carry on sitting or moving gently while it works; raise the setting only if it stays mild.",
                    "Take it off when the time is up and let the skin cool.")
            .dose(Dose.minutes(15, 20))
            .equipment("Infrared heat wrap")
            .bodyAreas(LOWER_BACK, MID_BACK)
            .causes(LACK_OF_MOVEMENT, OVERUSE)
            .cautions(
                    "Follow the maker's limit on session length and never sleep in the wrap.",
                    NO_FRESH_INJURY,
                    "Wear it over a thin layer of clothing, not on bare, damp or numb skin.")
            .build();

    private static final List<Technique> TECHNIQUES = List.of(HEATING_PAD, EPSOM_SALT_BATH, INFRARED_HEAT_WRAP);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Heat", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Heat",
                "Warmth opens up the blood supply to tight muscle and coaxes it to let go. A quarter of an hour "
                        + "of heat is also a fine warm-up: stretches and massage done straight afterwards "
                        + "go further."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<Routine> routines() {
        // Steps from other plugins are named by id with the sides those techniques have.
        return List.of(Routine.of(
                "heat/evening-release",
                "Evening release",
                "Warm the back first, then stretch it while it is loose, and finish with a slow roll.",
                RoutineStep.of(HEATING_PAD),
                new RoutineStep(TechniqueId.of("stretching/childs-pose"), Dose.hold(20, 30), Sides.NONE),
                new RoutineStep(TechniqueId.of("stretching/knee-to-chest"), Dose.hold(20, 30), Sides.EACH_SIDE),
                new RoutineStep(TechniqueId.of("foam-rolling/upper-back-roll"), Dose.minutes(1, 2), Sides.NONE),
                new RoutineStep(TechniqueId.of("foam-rolling/lower-back-roll"), Dose.minutes(1, 2), Sides.NONE)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(HabitTemplate.of(
                "heat/evening-release-three-times-a-week",
                "Evening release",
                "Three evenings a week: heat, two gentle stretches and a foam roll to let go of the day's tension.",
                HabitTarget.routine("heat/evening-release"),
                Schedule.timesPerWeek(3),
                Metric.yesNo()));
    }
}
