package dev.unknot.wire.checkin;

import dev.unknot.core.advice.Advisory;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.apiguardian.api.API;

/** ADVISORY: {@code severity} is {@code info}, {@code caution}, {@code urgent} or {@code emergency}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AdvisoryEntry(
        String rule,

        @Schema(
                required = true,
                allowableValues = {"emergency", "urgent", "caution", "info"})
        String severity,

        String title,
        String message) {

    public static AdvisoryEntry of(Advisory advisory) {
        return new AdvisoryEntry(
                advisory.rule(),
                advisory.severity().name().toLowerCase(Locale.ROOT),
                advisory.title(),
                advisory.message());
    }
}
