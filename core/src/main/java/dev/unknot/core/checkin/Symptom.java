package dev.unknot.core.checkin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The red flags a check-in can report. Any of them means getting checked by a professional
 * rather than carrying on alone.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Symptom {
    /** Pain rather than stiffness: sharp, worsening, waking at night or spreading into a limb. */
    PAIN,
    /** Numbness or tingling anywhere. */
    NUMBNESS,
    /** Loss of strength: a foot that drags, a leg that gives way, a weak grip. */
    WEAKNESS;

    /** The id people type, e.g. {@code numbness}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
