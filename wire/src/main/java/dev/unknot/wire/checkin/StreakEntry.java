package dev.unknot.wire.checkin;

import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Standing;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import org.apiguardian.api.API;

/** STREAK: the current and best run; {@code unit} is {@code days} or {@code weeks}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record StreakEntry(int current, int best, String unit) {

    public static final StreakEntry NONE = new StreakEntry(0, 0, "days");

    public static StreakEntry of(Standing standing) {
        return new StreakEntry(
                standing.current().length(),
                standing.best().length(),
                standing.current().unit().name().toLowerCase(Locale.ROOT));
    }

    public static StreakEntry of(HabitProgress progress) {
        return new StreakEntry(
                progress.current().length(),
                progress.best().length(),
                progress.current().unit().name().toLowerCase(Locale.ROOT));
    }
}
