package dev.unknot.wire.library;

import dev.unknot.core.library.Dose;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * @param kind {@code hold}, {@code timed}, {@code reps}, {@code cycles}, {@code amount} or {@code once}
 * @param description as a person reads it, e.g. {@code hold 20–30 s}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record DoseEntry(String kind, String description) {

    public static DoseEntry of(Dose dose) {
        return new DoseEntry(kindOf(dose), dose.describe());
    }

    private static String kindOf(Dose dose) {
        if (dose instanceof Dose.Hold) {
            return "hold";
        } else if (dose instanceof Dose.Timed) {
            return "timed";
        } else if (dose instanceof Dose.Reps) {
            return "reps";
        } else if (dose instanceof Dose.Cycles) {
            return "cycles";
        } else if (dose instanceof Dose.Amount) {
            return "amount";
        } else {
            return "once";
        }
    }
}
