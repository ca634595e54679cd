package dev.unknot.wire.checkin;

import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.HabitId;
import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * CHECKIN-BODY: a check-in to record or the new values of one. {@code clientId} makes a retry
 * safe (required to record, ignored on an edit); {@code at} is an ISO date-time with an offset,
 * null for now; {@code amount} null for the default: what is left of a measured habit's daily
 * target, at least 1; {@code painBefore} and {@code painAfter} the pain (0 to 10) before and
 * after, null when not rated. The ranges are the application's to check, once for every front end.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record CheckInBody(
        String clientId,
        String habit,
        String at,
        Double amount,
        Long durationSeconds,
        Integer before,
        Integer after,
        String note,
        List<String> symptoms,
        @Nullable Integer painBefore,
        @Nullable Integer painAfter) {

    /** @throws InvalidInputException naming the field whose format is wrong */
    @Creator
    public CheckInBody {
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        if (habit == null || !habit.strip().matches("[0-9]{1,18}") || Long.parseLong(habit.strip()) == 0) {
            throw new InvalidInputException(
                    "habit",
                    "habit must be a habit id such as \"3\", was " + (habit == null ? "null" : "'" + habit + "'"));
        }
        if (at != null) {
            Times.instant("at", at);
        }
        symptoms.forEach(CheckInBody::symptom);
    }

    /** A body that rates no pain. */
    public CheckInBody(
            String clientId,
            String habit,
            String at,
            Double amount,
            Long durationSeconds,
            Integer before,
            Integer after,
            String note,
            List<String> symptoms) {
        this(clientId, habit, at, amount, durationSeconds, before, after, note, symptoms, null, null);
    }

    public HabitId habitId() {
        return new HabitId(Long.parseLong(habit.strip()));
    }

    public Optional<Instant> instant() {
        return Optional.ofNullable(at).map(text -> Times.instant("at", text));
    }

    /** The symptom with this id, in any case. */
    public static Symptom symptom(String id) {
        return Symptom.ofId(id)
                .orElseThrow(() -> new InvalidInputException(
                        "symptoms",
                        "symptoms must be among "
                                + Arrays.stream(Symptom.values())
                                        .map(Symptom::id)
                                        .collect(Collectors.joining(", "))
                                + ", was '" + id + "'"));
    }
}
