package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How much of what was due got done over the last 7, 30 and 90 days, each from 0 to 1; empty
 * when nothing was due in that window yet.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Adherence(OptionalDouble last7Days, OptionalDouble last30Days, OptionalDouble last90Days) {

    public Adherence {
        java.util.Objects.requireNonNull(last7Days, "last 7 days");
        java.util.Objects.requireNonNull(last30Days, "last 30 days");
        java.util.Objects.requireNonNull(last90Days, "last 90 days");
    }
}
