package dev.unknot.wire.stats;

import dev.unknot.core.progress.Day;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.apiguardian.api.API;

/** {@code state}: done, partial, missed, pending, not-due, skipped or paused. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record DayEntry(
        @Schema(required = true, format = "date") String date, String state, double amount, double target) {

    public static DayEntry of(Day day) {
        return new DayEntry(
                day.date().toString(),
                day.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                day.amount(),
                day.target());
    }
}
