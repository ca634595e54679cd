package dev.unknot.core.checkin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The red flags a check-in or the safety screen can report, each in its {@link Tier tier}. The
 * same list serves both: a check-in carries the ones felt, the screen asks about those with a
 * {@link #question() question}.
 *
 * <p>The tiers follow NICE guideline NG59 (2016, updated 2020), the American College of
 * Physicians' 2017 guideline on low back pain, and the BMJ's reviews of red flags: the signs of
 * cauda equina syndrome need emergency care; the others are worth a doctor's look, more so when
 * several come together.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Symptom {
    /** Pain rather than stiffness: sharp, worsening, waking at night or spreading into a limb. */
    PAIN(Tier.URGENT, "pain rather than stiffness", ""),
    /** Numbness or tingling anywhere. */
    NUMBNESS(Tier.URGENT, "numbness or tingling", ""),
    /** Loss of strength: a foot that drags, a leg that gives way, a weak grip. */
    WEAKNESS(Tier.URGENT, "weakness", ""),
    /** Numbness or tingling in the saddle area: around the genitals, the buttocks, the inner thighs. */
    SADDLE_NUMBNESS(
            Tier.EMERGENCY,
            "numbness or tingling around the genitals or buttocks",
            "Any numbness or tingling around your genitals, buttocks or inner thighs (where you would sit on a"
                    + " saddle)?"),
    /** New trouble passing or holding urine or stool. */
    BLADDER_BOWEL(
            Tier.EMERGENCY,
            "new trouble passing or holding urine or stool",
            "Any new trouble passing urine or stool, or holding it in?"),
    /** Weakness or numbness in both legs. */
    BOTH_LEGS(Tier.EMERGENCY, "weakness or numbness in both legs", "Any weakness or numbness in both legs?"),
    /** New sexual dysfunction together with back pain. */
    SEXUAL_FUNCTION(
            Tier.EMERGENCY,
            "new problems with sexual function",
            "Any new problems with sexual function since the back pain began?"),
    /** Fever, or feeling generally unwell, with back pain. */
    FEVER(Tier.URGENT, "fever or feeling unwell", "A fever, or feeling generally unwell, along with the back pain?"),
    /** Weight loss without a reason. */
    WEIGHT_LOSS(Tier.URGENT, "unexplained weight loss", "Have you lost weight without trying?"),
    /** Cancer, now or in the past. */
    CANCER(Tier.URGENT, "a history of cancer", "Have you ever had cancer?"),
    /** Pain after a fall or injury, or a minor one with osteoporosis or long use of steroids. */
    INJURY(
            Tier.URGENT,
            "pain after a fall or an injury",
            "Did the pain begin after a fall or an injury? (A small one counts if you have osteoporosis or have"
                    + " taken steroid tablets for months.)"),
    /** Pain that is constant at night, or steadily getting worse. */
    NIGHT_PAIN(
            Tier.URGENT,
            "pain that stays all night or keeps getting worse",
            "Is the pain there all night whatever way you lie, or getting steadily worse?"),
    /** Back pain that is new, in someone under 20 or over 50. */
    AGE(Tier.URGENT, "new back pain under 20 or over 50", "Is this back pain new, and are you under 20 or over 50?");

    /**
     * How soon a symptom needs a professional.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Tier {
        /** Seek emergency care now. */
        EMERGENCY,
        /** Worth a doctor's look soon. */
        URGENT
    }

    private final Tier tier;
    private final String label;
    private final String question;

    Symptom(Tier tier, String label, String question) {
        this.tier = tier;
        this.label = label;
        this.question = question;
    }

    /** The id people type, e.g. {@code numbness} or {@code saddle-numbness}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The symptom with this id (as {@link #id()} gives it, in any case, {@code _} for {@code -} too). */
    public static Optional<Symptom> ofId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Symptom symptom : values()) {
            if (symptom.id().equals(wanted)) {
                return Optional.of(symptom);
            }
        }
        return Optional.empty();
    }

    /** How soon it needs a professional. */
    public Tier tier() {
        return tier;
    }

    /** In a person's words, lower case, e.g. "unexplained weight loss". */
    public String label() {
        return label;
    }

    /** The safety screen's yes/no question about it; empty for the three a check-in alone reports. */
    public String question() {
        return question;
    }
}
