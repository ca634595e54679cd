package dev.unknot.wire.checkin;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.wire.Ids;
import dev.unknot.wire.Times;
import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * CHECKIN of {@code cli/JSON.md}: {@code at} with the person's offset, {@code day} of their
 * calendar; {@code durationSeconds}, {@code before} and {@code after} (tightness),
 * {@code painBefore} and {@code painAfter} null when not given.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record CheckInEntry(
        String id,
        String clientId,
        HabitEntry habit,

        @Schema(required = true, format = "date-time") String at,

        @Schema(required = true, description = "the day of the person's calendar it counts for", format = "date")
        String day,

        double amount,
        @Nullable Long durationSeconds,

        @Schema(minimum = "" + Tightness.MIN, maximum = "" + Tightness.MAX) @Nullable
        Integer before,

        @Schema(minimum = "" + Tightness.MIN, maximum = "" + Tightness.MAX) @Nullable
        Integer after,

        String note,
        List<String> symptoms,
        @Nullable Integer painBefore,
        @Nullable Integer painAfter) {

    public CheckInEntry {
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
    }

    public static CheckInEntry of(RecordedCheckIn recorded, Habit habit, PersonalCalendar calendar) {
        CheckIn checkIn = recorded.checkIn();
        return new CheckInEntry(
                Ids.of(recorded.id()),
                checkIn.clientId(),
                HabitEntry.of(habit),
                Times.iso(checkIn.at(), calendar.zone()),
                calendar.dayOf(checkIn.at()).toString(),
                checkIn.amount(),
                checkIn.duration().map(Duration::toSeconds).orElse(null),
                checkIn.before().map(Tightness::level).orElse(null),
                checkIn.after().map(Tightness::level).orElse(null),
                checkIn.note(),
                checkIn.symptoms().stream()
                        .map(symptom -> symptom.id())
                        .sorted()
                        .toList(),
                checkIn.painBefore().map(Pain::level).orElse(null),
                checkIn.painAfter().map(Pain::level).orElse(null));
    }
}
