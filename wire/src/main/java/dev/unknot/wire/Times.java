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

    /** A time of day as HH:MM (a leading zero may be left out; seconds may follow), e.g. 09:00. */
    public static final String TIME_PATTERN = "^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /** A day start: HH:MM on a whole minute, e.g. 04:00. */
    public static final String DAY_START_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:00)?$";

    /** A time zone: a region such as Europe/Berlin, UTC, or an offset such as +02:00. */
    public static final String ZONE_PATTERN =
            "^(Z|[+-][0-9]{1,2}(:?[0-9]{2}){0,2}|[A-Za-z][A-Za-z0-9_+:-]*(/[A-Za-z0-9_+-]+)*)$";

    /** Text with at least one character that is not white space. */
    public static final String NOT_BLANK = "\\S";

    /** What the document says of every day a request names. */
    public static final String DAY_RANGE = "An ISO date from 1900-01-01 to 2200-12-31.";

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
