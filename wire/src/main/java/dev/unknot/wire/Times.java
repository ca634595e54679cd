package dev.unknot.wire;

import dev.unknot.wire.error.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;

/** Days and times as the wire writes and reads them: ISO dates, ISO date-times with an offset. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Times {

    private Times() {}

    /** An ISO date-time with the zone's offset, to the second: {@code 2026-03-01T08:30:00+01:00}. */
    public static String iso(Instant at, ZoneId zone) {
        return OffsetDateTime.ofInstant(at, zone)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** @throws InvalidInputException naming {@code field} when {@code text} is not an ISO date */
    public static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    field, field + " must be an ISO date such as 2026-03-01, was '" + text + "'");
        }
    }

    /** @throws InvalidInputException naming {@code field} when {@code text} is not an ISO date-time with an offset */
    public static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    field,
                    field + " must be an ISO date-time with an offset such as 2026-03-01T08:30:00+01:00, was '" + text
                            + "'");
        }
    }
}
