package dev.unknot.plugin.specialist;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.spi.AdviceRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Severe tightness calls for a specialist: tightness of {@value #SEVERE} or more on at least
 * {@value #SEVERE_DAYS} different days of the last {@value #RECENT_DAYS}.
 *
 * <p>The red flags themselves (symptoms, the safety screen, no improvement) are Unknot's own rule,
 * {@link dev.unknot.core.advice.RedFlags}, which runs whichever plugins are loaded; the rule keeps
 * its id so that clients keyed on it still find this advice.
 */
final class SevereTightnessRule implements AdviceRule {

    static final String ID = "specialist/red-flags";
    static final int RECENT_DAYS = 14;
    static final int SEVERE = 8;
    static final int SEVERE_DAYS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Advisory> assess(History history) {
        Set<LocalDate> severeDays = new TreeSet<>();
        for (CheckIn checkIn : history.reportsOfLastDays(RECENT_DAYS)) {
            int worst = Math.max(level(checkIn.before()), level(checkIn.after()));
            if (worst >= SEVERE) {
                severeDays.add(history.calendar().dayOf(checkIn.at()));
            }
        }
        if (severeDays.size() < SEVERE_DAYS) {
            return List.of();
        }
        return List.of(new Advisory(
                ID,
                Advisory.Severity.CAUTION,
                "See a specialist about severe tightness",
                "Your back was at " + SEVERE + "/10 or tighter on " + severeDays.size() + " days in the last "
                        + RECENT_DAYS + " days. Tightness that severe deserves a professional's look: book a "
                        + "physiotherapist or your doctor."));
    }

    private static int level(Optional<Tightness> tightness) {
        return tightness.map(Tightness::level).orElse(-1);
    }
}
