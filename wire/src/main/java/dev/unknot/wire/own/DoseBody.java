package dev.unknot.wire.own;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * A dose as a person gives it.
 *
 * @param kind {@code hold} (seconds), {@code seconds}, {@code minutes}, {@code reps}, {@code daily} or {@code once}
 * @param from the least of a hold or time, the reps, or the daily amount
 * @param to the most of a hold or time; {@code from} when absent
 * @param count how many holds, or sets of reps; 1 when absent
 * @param unit what a daily amount counts
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record DoseBody(
        String kind,
        @Nullable Integer from,
        @Nullable Integer to,
        @Nullable Integer count,
        @Nullable String unit) {}
