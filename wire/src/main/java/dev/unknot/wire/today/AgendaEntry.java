package dev.unknot.wire.today;

import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.Standing;
import dev.unknot.wire.Times;
import dev.unknot.wire.checkin.StreakEntry;
import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One habit of today's agenda. {@code status} is {@code due}, {@code overdue}, {@code done},
 * {@code skipped} or {@code paused}; {@code next} is null when nothing more is due today.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AgendaEntry(
        HabitEntry habit,
        String status,
        double done,
        double target,
        int overdue,

        @Schema(description = "when the next slot is due; null when none is left today", format = "date-time") @Nullable
        String next,

        StreakEntry streak) {

    public static AgendaEntry of(AgendaItem item, Standing standing, ZoneId zone) {
        return new AgendaEntry(
                HabitEntry.of(item.habit()),
                item.status().name().toLowerCase(Locale.ROOT),
                item.done(),
                item.target(),
                item.overdue(),
                item.next().map(next -> Times.iso(next, zone)).orElse(null),
                standing == null ? StreakEntry.NONE : StreakEntry.of(standing));
    }

    /** Still to do today: due or overdue. */
    public boolean open() {
        return status.equals("due") || status.equals("overdue");
    }
}
