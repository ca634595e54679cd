package org.example.yoga;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.spi.AdviceRule;
import java.util.List;

/**
 * Take care when the back was tighter after practising than before, twice or more in the last
 * week. Pure and quick, as a rule must be: Unknot runs it after every check-in.
 */
final class EaseOff implements AdviceRule {

    static final String ID = "yoga/ease-off";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Advisory> assess(History history) {
        long tighterAfter = history.reportsOfLastDays(7).stream()
                .filter(EaseOff::tighterAfter)
                .count();
        if (tighterAfter < 2) {
            return List.of();
        }
        return List.of(new Advisory(
                ID,
                Advisory.Severity.CAUTION,
                "Ease off a little",
                "Your back was tighter after practising " + tighterAfter + " times this week."
                        + " Hold the poses for less time and leave out the deepest ones for a few days."));
    }

    private static boolean tighterAfter(CheckIn checkIn) {
        return checkIn.before().isPresent()
                && checkIn.after().isPresent()
                && checkIn.after().get().compareTo(checkIn.before().get()) > 0;
    }
}
