package dev.unknot.wire.checkin;

import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(
                required = true,
                description = "the client's own id of this check-in, 1 to 100 characters: the same again is a"
                        + " safe retry",
                minLength = 1,
                maxLength = 100,
                pattern = Times.NOT_BLANK)
        String clientId,

        @Schema(required = true, description = "the habit's id", example = "3", pattern = "^\\s*[0-9]{1,18}\\s*$")
        String habit,

        @Schema(
                description = "when, with an offset; now when null. Its day is from 1900-01-01 to today",
                format = "date-time")
        @Nullable
        String at,

        @Schema(
                description = "how much; what is left of the day's target (at least 1) when null",
                minimum = "0",
                maximum = "1000000")
        @Nullable
        Double amount,

        @Schema(description = "how long, up to a day", minimum = "0", maximum = "86400") @Nullable
        Long durationSeconds,

        @Schema(
                description = "tightness before, 0 (loose) to 10 (very tight)",
                minimum = "" + Tightness.MIN,
                maximum = "" + Tightness.MAX)
        @Nullable
        Integer before,

        @Schema(
                description = "tightness after, 0 (loose) to 10 (very tight)",
                minimum = "" + Tightness.MIN,
                maximum = "" + Tightness.MAX)
        @Nullable
        Integer after,

        @Schema(description = "plain text, up to 2000 characters", maxLength = 2000) @Nullable
        String note,

        @ArraySchema(
                schema =
                        @Schema(
                                allowableValues = {
                                    "pain",
                                    "numbness",
                                    "weakness",
                                    "saddle-numbness",
                                    "bladder-bowel",
                                    "both-legs",
                                    "sexual-function",
                                    "fever",
                                    "weight-loss",
                                    "cancer",
                                    "injury",
                                    "night-pain",
                                    "age"
                                }))
        @Nullable
        List<String> symptoms,

        @Schema(description = "pain before, 0 (none) to 10 (the worst imaginable)", minimum = "0", maximum = "10")
        @Nullable
        Integer painBefore,

        @Schema(description = "pain after, 0 (none) to 10 (the worst imaginable)", minimum = "0", maximum = "10")
        @Nullable
        Integer painAfter) {

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
