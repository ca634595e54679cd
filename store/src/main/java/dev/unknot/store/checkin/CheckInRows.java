package dev.unknot.store.checkin;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Check-ins to rows and back. */
public final class CheckInRows {

    private CheckInRows() {}

    /** The row of a check-in; {@code id} null for a new one. */
    public static CheckInRow row(Long id, long person, CheckIn checkIn, Instant recordedAt) {
        return new CheckInRow(
                id,
                person,
                checkIn.habit().value(),
                checkIn.clientId(),
                checkIn.at(),
                checkIn.amount(),
                checkIn.duration().map(Duration::toSeconds).orElse(null),
                checkIn.before().map(Tightness::level).orElse(null),
                checkIn.after().map(Tightness::level).orElse(null),
                checkIn.note(),
                symptoms(checkIn.symptoms()),
                recordedAt.truncatedTo(ChronoUnit.MILLIS),
                checkIn.painBefore().map(Pain::level).orElse(null),
                checkIn.painAfter().map(Pain::level).orElse(null));
    }

    public static RecordedCheckIn recorded(CheckInRow row) {
        CheckIn checkIn = new CheckIn(
                row.clientId(),
                new HabitId(row.habitId()),
                row.doneAt(),
                row.amount(),
                Optional.ofNullable(row.durationSeconds()).map(Duration::ofSeconds),
                Optional.ofNullable(row.tightnessBefore()).map(Tightness::of),
                Optional.ofNullable(row.tightnessAfter()).map(Tightness::of),
                row.note(),
                symptoms(row.symptoms()),
                Optional.ofNullable(row.painBefore()).map(Pain::of),
                Optional.ofNullable(row.painAfter()).map(Pain::of));
        return new RecordedCheckIn(new CheckInId(row.id()), checkIn, row.recordedAt());
    }

    public static String symptoms(Set<Symptom> symptoms) {
        return symptoms.stream().sorted().map(Symptom::id).collect(Collectors.joining(","));
    }

    public static Set<Symptom> symptoms(String ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(id -> symptoms.add(Symptom.ofId(id)
                        .orElseThrow(() -> new IllegalStateException("unknown symptom '" + id + "' in the database"))));
        return symptoms;
    }
}
