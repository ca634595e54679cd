package dev.unknot.wire.habit;

import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/** The first day a paused habit is due again, an ISO date of the person's calendar; null for today. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ResumeBody(
        @Schema(description = "the first day due again; today when null. " + Times.DAY_RANGE, format = "date") @Nullable
        String from) {

    /** @throws InvalidInputException when {@code from} is not an ISO date */
    public ResumeBody {
        if (from != null) {
            Times.day("from", from);
        }
    }

    public static ResumeBody of(LocalDate from) {
        return new ResumeBody(from == null ? null : from.toString());
    }

    public Optional<LocalDate> first() {
        return Optional.ofNullable(from).map(text -> Times.day("from", text));
    }
}
