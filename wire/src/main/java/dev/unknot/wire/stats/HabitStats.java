package dev.unknot.wire.stats;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.wire.checkin.StreakEntry;
import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * {@code score} is the habit strength, 0 to 1; adherence values are 0 to 1, null when nothing was
 * due in that window; {@code days} has the heat map's days, oldest first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record HabitStats(
        HabitEntry habit,
        StreakEntry streak,
        double score,

        @Schema(description = "null before the habit was due at all in the period") @Nullable
        Double adherence7Days,

        @Schema(description = "null before the habit was due at all in the period") @Nullable
        Double adherence30Days,

        @Schema(description = "null before the habit was due at all in the period") @Nullable
        Double adherence90Days,

        List<DayEntry> days) {

    public HabitStats {
        days = List.copyOf(days);
    }

    /** With the days the progress shows. */
    public static HabitStats of(Habit habit, HabitProgress progress) {
        return of(habit, progress, LocalDate.MIN);
    }

    /** With the days from {@code from} on. */
    public static HabitStats of(Habit habit, HabitProgress progress, LocalDate from) {
        return new HabitStats(
                HabitEntry.of(habit),
                StreakEntry.of(progress),
                progress.strength(),
                orNull(progress.adherence().last7Days()),
                orNull(progress.adherence().last30Days()),
                orNull(progress.adherence().last90Days()),
                progress.days().stream()
                        .filter(day -> !day.date().isBefore(from))
                        .map(DayEntry::of)
                        .toList());
    }

    static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
