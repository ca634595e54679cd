package dev.unknot.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates and times as a person types them and reads them, in their own time zone. */
public final class Times {

    public static final String AT_FORMAT = "HH:MM (today) or an ISO date-time such as 2026-03-01T08:30";
    public static final String DATE_FORMAT = "an ISO date such as 2026-03-01, 'today' or 'yesterday'";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {}

    /**
     * {@code 08:30} (today in {@code zone}), {@code 2026-03-01T08:30} (in {@code zone}) or a date-time
     * with an offset ({@code 2026-03-01T08:30+01:00}).
     *
     * @throws UsageProblem naming the expected format
     */
    public static Instant at(String option, String text, ZoneId zone, Clock clock) {
        String value = text.strip();
        try {
            if (value.matches("\\d{1,2}:\\d{2}")) {
                LocalTime time = LocalTime.parse(value.length() == 4 ? "0" + value : value);
                return LocalDate.now(clock.withZone(zone))
                        .atTime(time)
                        .atZone(zone)
                        .toInstant();
            }
            if (value.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new UsageProblem(option + " '" + text + "' is not a time", "expected " + AT_FORMAT);
        }
    }

    /**
     * An ISO date, {@code today} or {@code yesterday}, in the person's calendar.
     *
     * @throws UsageProblem naming the expected format
     */
    public static LocalDate date(String option, String text, LocalDate today) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("today")) {
            return today;
        }
        if (value.equals("yesterday")) {
            return today.minusDays(1);
        }
        if (value.equals("tomorrow")) {
            return today.plusDays(1);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageProblem(option + " '" + text + "' is not a date", "expected " + DATE_FORMAT);
        }
    }

    /** {@code 08:30} on {@code today}, {@code 2026-03-01 08:30} on another day. */
    public static String describe(Instant at, ZoneId zone, LocalDate today) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return local.toLocalDate().equals(today)
                ? CLOCK.format(local)
                : local.toLocalDate() + " " + CLOCK.format(local);
    }

    /** {@code 08:30} on {@code today}, {@code 2026-03-01 08:30} on another day, for an ISO date-time with an offset. */
    public static String describe(String at, LocalDate today) {
        LocalDateTime local = OffsetDateTime.parse(at).toLocalDateTime();
        return local.toLocalDate().equals(today)
                ? CLOCK.format(local)
                : local.toLocalDate() + " " + CLOCK.format(local);
    }

    /** An ISO date-time with the zone's offset, to the second: {@code 2026-03-01T08:30:00+01:00}. */
    public static String iso(Instant at, ZoneId zone) {
        return OffsetDateTime.ofInstant(at, zone)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** {@code 8}, {@code 2.5}: an amount without a pointless {@code .0}. */
    public static String amount(double amount) {
        return amount == Math.rint(amount) && Math.abs(amount) < 1e15
                ? Long.toString((long) amount)
                : Double.toString(amount);
    }
}
