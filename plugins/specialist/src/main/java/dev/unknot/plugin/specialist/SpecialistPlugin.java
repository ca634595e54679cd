package dev.unknot.plugin.specialist;

import static dev.unknot.core.library.BodyArea.LOWER_BACK;
import static dev.unknot.core.library.BodyArea.NECK;
import static dev.unknot.core.library.BodyArea.SHOULDERS;
import static dev.unknot.core.library.BodyArea.SPINE;
import static dev.unknot.core.library.BodyArea.UPPER_BACK;
import static dev.unknot.core.library.BodyArea.WHOLE_BODY;
import static dev.unknot.core.library.Cause.MUSCLE_IMBALANCE;
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
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.time.DayOfWeek;
import java.util.List;

/** When to see a specialist: who to book for which problem, and the red flags that cannot wait. */
public final class SpecialistPlugin implements TechniquePlugin {

    /**
     * The signs that mean getting checked without delay rather than carrying on alone, in the order
     * the red-flag check asks about them.
     */
    public static final List<String> RED_FLAGS = List.of("pain", "numbness", "weakness");

    static final String ID = "specialist";

    /** Every technique here repeats it: whoever opens one page should not miss it. */
    static final String RED_FLAG_CAUTION = "Red flags: pain, numbness or weakness mean getting checked without "
            + "delay; do not wait for a routine appointment or to see whether it passes.";

    static final String BRING_YOUR_NOTES = "Bring your own notes: where it is tight, when it started, what makes it "
            + "better or worse, and your tightness scores from Unknot.";

    static final String BRING_WHAT_YOU_TRIED = "List what you have already tried (stretches, rolling, heat, "
            + "strength work, changes to your desk) and how much each one helped.";

    static final Technique RED_FLAG_CHECK = Technique.builder("specialist/red-flag-check")
            .name("Red-flag check")
            .pillar(ID)
            .summary("Three questions that tell ordinary tightness from something a professional should look at. "
                    + "A single yes means getting checked without delay.")
            .steps(
                    "Pain? Ask yourself whether there is pain rather than stiffness: sharp, getting worse, waking "
                            + "you at night, or spreading into a leg or arm.",
                    "Numbness or tingling? Ask whether any part has gone numb or tingles, such as the buttocks, "
                            + "legs, feet, arms or hands.",
                    "Weakness? Ask whether anything has lost strength: a foot that drags, a leg that gives way, a "
                            + "grip that lets go.",
                    "Then the emergency signs: numbness around the genitals or buttocks, new trouble with your "
                            + "bladder or bowels, weakness or numbness in both legs, new sexual problems. Any of them "
                            + "means emergency care today, not an appointment.",
                    "If any answer is yes, stop the exercises that bring it on and contact a doctor or "
                            + "physiotherapist now; do not wait to see whether it passes.",
                    "If all three answers are no but the tightness has not improved after several weeks of steady "
                            + "practice, book a specialist anyway.")
            .dose(Dose.once())
            .bodyAreas(WHOLE_BODY, SPINE)
            .cautions(
                    RED_FLAG_CAUTION,
                    "Call emergency services at once for numbness around the groin or buttocks, new trouble "
                            + "controlling your bladder or bowels, or weakness in both legs.",
                    "Back pain with a fever, unexplained weight loss, or after a fall or accident also needs a "
                            + "doctor promptly.")
            .build();

    static final Technique PHYSICAL_THERAPY = Technique.builder("specialist/physical-therapy")
            .name("Physical therapy")
            .pillar(ID)
            .summary("A physiotherapist watches how you move, finds the weak or stiff links behind a movement "
                    + "problem, and gives you a programme to correct them.")
            .steps(
                    "Book when a movement keeps bringing the tightness back, such as bending, lifting, turning or "
                            + "sitting, or when your own routine has not helped after several weeks.",
                    BRING_YOUR_NOTES,
                    BRING_WHAT_YOU_TRIED,
                    "Wear clothes you can move in; expect to bend, twist and walk while they watch.",
                    "Add the exercises you are given to your Unknot routines, so that you keep doing them.")
            .dose(Dose.once())
            .bodyAreas(WHOLE_BODY)
            .causes(MUSCLE_IMBALANCE, POOR_POSTURE, OVERUSE)
            .cautions(
                    RED_FLAG_CAUTION,
                    "Stop any exercise that sends symptoms down a leg or arm, and tell your therapist.")
            .build();

    static final Technique CHIROPRACTIC_CARE = Technique.builder("specialist/chiropractic-care")
            .name("Chiropractic care")
            .pillar(ID)
            .summary("A chiropractor examines how the spine and its joints line up and move, and uses hands-on "
                    + "adjustment and mobilisation to free them where they are restricted.")
            .steps(
                    "Consider it when the tightness seems tied to how your spine sits or moves: stiffness when "
                            + "turning, or a back that feels stuck or out of line.",
                    "Choose a registered, licensed chiropractor, and ask how many visits they expect and how they "
                            + "will measure progress.",
                    BRING_YOUR_NOTES,
                    BRING_WHAT_YOU_TRIED + " Add any scans or X-ray reports you already have.",
                    "Before any adjustment, mention osteoporosis, blood thinners, recent injuries or surgery.")
            .dose(Dose.once())
            .bodyAreas(SPINE, NECK, LOWER_BACK)
            .causes(POOR_POSTURE)
            .cautions(
                    RED_FLAG_CAUTION,
                    "With osteoporosis or blood thinners, ask for gentler techniques; quick neck manipulation is "
                            + "not for everyone.")
            .build();

    static final Technique ORTHOPAEDIC_CONSULTATION = Technique.builder("specialist/orthopaedic-consultation")
            .name("Orthopaedic consultation")
            .pillar(ID)
            .summary("An orthopaedic doctor diagnoses injuries to bones, joints, discs and ligaments, and can "
                    + "arrange scans and treatment when tightness follows damage.")
            .steps(
                    "Ask your doctor for a referral when the tightness began with a fall, an accident, a lifting "
                            + "strain or a sports injury, or whenever you suspect an injury.",
                    "Write a short history: what happened and when, and how the symptoms have changed since.",
                    BRING_YOUR_NOTES,
                    BRING_WHAT_YOU_TRIED + " Add your medicines and any earlier scans or reports.",
                    "Ask what the diagnosis is, which activities are safe in the meantime, and when to come back.")
            .dose(Dose.once())
            .bodyAreas(SPINE, WHOLE_BODY)
            .causes(OVERUSE)
            .cautions(
                    RED_FLAG_CAUTION,
                    "After a serious fall or accident, get seen the same day rather than booking ahead.")
            .build();

    static final Technique ACUPUNCTURE = Technique.builder("specialist/acupuncture")
            .name("Acupuncture")
            .pillar(ID)
            .summary("Fine needles placed at chosen points can calm irritated nerves and let knotted muscles "
                    + "release; some people find it eases tightness other methods have not shifted.")
            .steps(
                    "Consider it when knots or nerve-like irritation persist despite stretching, massage and heat.",
                    "Book with a qualified, registered practitioner who uses single-use sterile needles.",
                    BRING_YOUR_NOTES,
                    BRING_WHAT_YOU_TRIED,
                    "Give it a fair trial of a few sessions, and record your tightness before and after each one.")
            .dose(Dose.once())
            .bodyAreas(NECK, SHOULDERS, UPPER_BACK, LOWER_BACK)
            .causes(STRESS, OVERUSE)
            .cautions(
                    RED_FLAG_CAUTION,
                    "Tell the practitioner first if you are pregnant, have a bleeding disorder, take blood "
                            + "thinners or have a pacemaker.")
            .build();

    private static final List<Technique> TECHNIQUES =
            List.of(RED_FLAG_CHECK, PHYSICAL_THERAPY, CHIROPRACTIC_CARE, ORTHOPAEDIC_CONSULTATION, ACUPUNCTURE);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "When to see a specialist", "0.1.0", "The Unknot project");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of(
                ID,
                "When to see a specialist",
                "Red flags first. Numbness around the genitals or buttocks, new trouble passing or holding urine "
                        + "or stool, weakness or numbness in both legs, or new sexual problems with back pain mean "
                        + "emergency care now. Pain, numbness or weakness mean getting checked without delay; so do "
                        + "fever, weight loss you cannot explain, a past cancer, pain after a fall or injury, pain "
                        + "that stays all night, or new back pain under 20 or over 50: one alone is worth checking, "
                        + "several together call for a doctor soon. Tightness that has not eased after four to six "
                        + "weeks of steady practice deserves a professional eye: a physiotherapist, chiropractor, "
                        + "orthopaedic doctor or acupuncturist. These signs follow NICE guideline NG59 (2016, "
                        + "updated 2020), the American College of Physicians' 2017 low back pain guideline and the "
                        + "BMJ's reviews of red flags, in Unknot's own words; Unknot asks about them in its safety "
                        + "screen and after check-ins, and is no substitute for a clinician."));
    }

    @Override
    public List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(HabitTemplate.of(
                "specialist/weekly-red-flag-check",
                "Weekly red-flag check",
                "Every Sunday, ask the three red-flag questions: pain, numbness or tingling, weakness.",
                HabitTarget.technique("specialist/red-flag-check"),
                Schedule.on(DayOfWeek.SUNDAY),
                Metric.yesNo()));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        return List.of(new SevereTightnessRule());
    }
}
