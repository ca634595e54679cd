package dev.unknot.app.input;

import dev.unknot.core.PlainText;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.wire.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The bounds of every value a person or a client can send, whichever front end it comes through:
 *
 * <ul>
 *   <li><b>Days</b> from {@code 1900-01-01} to {@code 2200-12-31} ({@link DateRange#SUPPORTED}), and
 *       times on those days;
 *   <li><b>Text</b> without NUL, other control characters than newline and tab, lone surrogates or
 *       noncharacters ({@link PlainText});
 *   <li><b>Amounts</b> (of a check-in, a daily target) from 0 to {@value #MAX_AMOUNT}.
 * </ul>
 *
 * Each check throws an {@link InvalidInputException} naming the field and the range, so that the
 * API answers 400 and the CLI exits 2 with the same words.
 */
public final class Input {

    /** The largest amount a check-in can record, and the largest daily target. */
    public static final double MAX_AMOUNT = 1_000_000;

    /** A time that falls on a supported day somewhere on Earth; checked before any zone's day is computed. */
    private static final Instant FIRST_INSTANT =
            DateRange.SUPPORTED.first().minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final Instant LAST_INSTANT =
            DateRange.SUPPORTED.last().plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC);

    private Input() {}

    /** @throws InvalidInputException naming {@code field} when {@code day} is not a supported day */
    public static LocalDate day(String field, LocalDate day) {
        if (!DateRange.SUPPORTED.contains(day)) {
            throw new InvalidInputException(field, field + " must be a day from " + range() + ", was " + day);
        }
        return day;
    }

    /** @throws InvalidInputException naming {@code firstField} or {@code lastField} for a day out of range */
    public static DateRange days(String firstField, String lastField, DateRange days) {
        day(firstField, days.first());
        day(lastField, days.last());
        return days;
    }

    /**
     * @throws InvalidInputException naming {@code field} when {@code at} is far outside the supported
     *     days; the day it falls on in a person's zone is then checked with {@link #day}
     */
    public static Instant instant(String field, Instant at) {
        if (at.isBefore(FIRST_INSTANT) || at.isAfter(LAST_INSTANT)) {
            throw new InvalidInputException(
                    field, field + " must be a time on a day from " + range() + ", was " + describe(at));
        }
        return at;
    }

    /** @throws InvalidInputException naming {@code field} when {@code text} holds a character it must not */
    public static String text(String field, String text) {
        Optional<String> fault = PlainText.fault(text);
        if (fault.isPresent()) {
            throw new InvalidInputException(
                    field,
                    field + " must be plain text: no control characters other than newline and tab, and no "
                            + "broken characters; it contains " + fault.get());
        }
        return text;
    }

    /**
     * @param field in words, e.g. {@code amount}, {@code daily target}
     * @throws InvalidInputException naming {@code field} when {@code amount} is not from 0 to
     *     {@link #MAX_AMOUNT}, or is not a number at all
     */
    public static double amount(String field, double amount) {
        if (!(amount >= 0 && amount <= MAX_AMOUNT)) {
            throw new InvalidInputException(
                    field, "The " + field + " goes from 0 to " + number(MAX_AMOUNT) + ", not " + number(amount) + ".");
        }
        return amount;
    }

    /** A number as a person writes it: {@code 1000000}, {@code 2.5}; huge or odd ones as Java prints them. */
    public static String number(double value) {
        return Double.isFinite(value) && Math.abs(value) < 1e9
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    private static String range() {
        return DateRange.SUPPORTED.first() + " to " + DateRange.SUPPORTED.last();
    }

    private static String describe(Instant at) {
        // Far out, an instant has no date-time of its own: say so rather than fail to print it.
        try {
            return at.toString();
        } catch (RuntimeException e) {
            return "out of any calendar";
        }
    }
}
