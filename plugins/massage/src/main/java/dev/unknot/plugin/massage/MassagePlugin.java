package dev.unknot.plugin.massage;

import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.MID_BACK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.Cause.OVERUSE;
import static dev.unknot.core.library.Cause.POOR_POSTURE;
import static dev.unknot.core.library.Cause.STRESS;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Massage and trigger-point work you can do at home, alone or with a partner. */
public final class MassagePlugin implements TechniquePlugin {

    static final String ID = "massage";

    private static final String OFF_THE_SPINE =
            "Work on the muscles either side of the spine, never on the bony ridge down its middle.";
    private static final String NO_DAMAGED_SKIN =
            "Leave out bruises, broken or sunburnt skin, varicose veins and any fresh injury.";

    static final Technique MASSAGE_GUN = Technique.builder("massage/massage-gun")
            .name("Massage gun")
            .pillar(ID)
            .summary("Rapid, short pulses from a handheld massage gun reach knots deep in the back muscles "
                    + "and leave them looser and easier to stretch.")
            .steps(
                    "Fit the round, soft head and start on the lowest speed.",
                    "Rest it on the muscle beside the spine and let the gun's own weight do the work; "
                            + "there is no need to push.",
                    "Glide it slowly along the muscle, pausing for a few seconds on each knot you find.",
                    "Spend one to two minutes on one side of the back, then switch to the other side.")
            .dose(Dose.minutes(1, 2))
            .eachSide()
            .equipment("Handheld massage gun")
            .bodyAreas(UPPER_BACK, MID_BACK, LOWER_BACK, SHOULDERS)
            .causes(OVERUSE, POOR_POSTURE, STRESS)
            .cautions(
                    OFF_THE_SPINE,
                    "Keep it away from the neck, the head and the lower ribs over the kidneys.",
                    NO_DAMAGED_SKIN,
                    "Ask a doctor first if you take blood thinners or have a pacemaker.")
            .build();

    static final Technique TENNIS_BALL_MASSAGE = Technique.builder("massage/tennis-ball-massage")
            .name("Tennis-ball massage")
            .pillar(ID)
            .summary("Leaning into a tennis ball pinned against a wall lets you find a knot and put exactly "
                    + "the pressure you want on it, no partner needed.")
            .steps(
                    "Stand with your back to a wall and place a tennis ball between the wall and the muscle "
                            + "beside your shoulder blade.",
                    "Lean back until you feel firm, bearable pressure.",
                    "Bend and straighten your knees a little to roll the ball slowly up and down the muscle.",
                    "When it lands on a knot, stay there and breathe out slowly until the spot eases.",
                    "After one to two minutes, move the ball to the other side of the spine.")
            .dose(Dose.minutes(1, 2))
            .eachSide()
            .equipment("Tennis ball", "A clear stretch of wall")
            .bodyAreas(UPPER_BACK, MID_BACK, SHOULDERS)
            .causes(POOR_POSTURE, OVERUSE, STRESS)
            .cautions(
                    OFF_THE_SPINE,
                    "Pressure should feel like a 'good hurt' that fades; ease off if it sharpens or tingles.",
                    NO_DAMAGED_SKIN)
            .build();

    static final Technique PARTNER_MASSAGE = Technique.builder("massage/partner-massage")
            .name("Partner massage")
            .pillar(ID)
            .summary("Ten unhurried minutes of a partner's hands, with a little oil or balm, loosen knots, "
                    + "settle the stress response and make a good end to the day before sleep.")
            .steps(
                    "Lie face down on a bed or a mat with a pillow under your chest, and let your arms rest.",
                    "Your partner warms a little light oil or balm between their hands and spreads it over the back "
                            + "with long, slow strokes from the waist up to the shoulders.",
                    "They knead the muscles on each side of the spine with thumbs and palms, "
                            + "going deeper only as the muscles soften.",
                    "Tell them where the tight spots are and how much pressure feels right.",
                    "Finish with a few light, sweeping strokes, then rest for a minute before you get up.")
            .dose(Dose.minutes(10))
            .equipment("Light massage oil or balm", "A partner", "Towel")
            .bodyAreas(UPPER_BACK, MID_BACK, LOWER_BACK, SHOULDERS)
            .causes(STRESS, POOR_POSTURE, OVERUSE)
            .cautions(
                    OFF_THE_SPINE,
                    "Go gently over the lower back and the back of the neck.",
                    NO_DAMAGED_SKIN,
                    "Test the oil on a small patch of skin first and avoid nut oils with a nut allergy.")
            .build();

    private static final List<Technique> TECHNIQUES = List.of(MASSAGE_GUN, TENNIS_BALL_MASSAGE, PARTNER_MASSAGE);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Massage", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "Massage",
                "Steady pressure on a tight back works out knots that stretching cannot reach and gives the "
                        + "muscles back their give. It also eases the body's stress response, bringing "
                        + "cortisol down, and a regularly massaged back tends to mean better sleep and an "
                        + "easier, more upright posture."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        "massage/tennis-ball-three-times-a-week",
                        "Tennis-ball knot release",
                        "Three days a week, lean into a tennis ball against the wall and work out the knots "
                                + "beside your shoulder blades.",
                        HabitTarget.technique("massage/tennis-ball-massage"),
                        Schedule.timesPerWeek(3),
                        Metric.yesNo()),
                HabitTemplate.of(
                        "massage/weekly-partner-massage",
                        "Weekly partner massage",
                        "Once a week, trade a ten-minute back massage with a partner, ideally in the evening.",
                        HabitTarget.technique("massage/partner-massage"),
                        Schedule.timesPerWeek(1),
                        Metric.yesNo()));
    }
}
