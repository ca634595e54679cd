package dev.unknot.wire.habit;

import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/** The days of a pause, ISO dates of the person's calendar, both included; {@code from} null for today. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PauseBody(
        @Schema(description = "the first day of the pause; today when null. " + Times.DAY_RANGE, format = "date")
        @Nullable
        String from,

        @Schema(
                required = true,
                description = "the last day of the pause, not before from. " + Times.DAY_RANGE,
                format = "date")
        String to) {

    /** @throws InvalidInputException naming the field at fault */
    public PauseBody {
        if (to == null) {
            throw new InvalidInputException("to", "to is required: the last day of the pause, e.g. 2026-03-01");
        }
        LocalDate last = Times.day("to", to);
        if (from != null && last.isBefore(Times.day("from", from))) {
            throw new InvalidInputException("to", "to " + to + " is before from " + from);
        }
    }

    public static PauseBody of(LocalDate from, LocalDate to) {
        return new PauseBody(from == null ? null : from.toString(), to.toString());
    }

    public Optional<LocalDate> first() {
        return Optional.ofNullable(from).map(text -> Times.day("from", text));
    }

    public LocalDate last() {
        return Times.day("to", to);
    }
}
