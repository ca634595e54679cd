package dev.unknot.wire.habit;

import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/** The day to skip a habit, an ISO date of the person's calendar; null for today. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SkipBody(
        @Schema(description = "the day to skip; today when null. " + Times.DAY_RANGE, format = "date") @Nullable
        String day) {

    /** @throws InvalidInputException when {@code day} is not an ISO date */
    public SkipBody {
        if (day != null) {
            Times.day("day", day);
        }
    }

    public static SkipBody of(LocalDate day) {
        return new SkipBody(day == null ? null : day.toString());
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(day).map(text -> Times.day("day", text));
    }
}
