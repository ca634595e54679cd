package dev.unknot.app.own;

import dev.unknot.core.library.Dose;
import dev.unknot.wire.error.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dose as a person gives it, before it is checked.
 *
 * @param kind {@code hold} (seconds), {@code seconds}, {@code minutes}, {@code reps}, {@code daily} or {@code once}
 * @param from the least (of a hold or a time), the reps, or the daily amount
 * @param to the most (of a hold or a time); {@code from} when absent
 * @param count how many holds, or sets of reps; 1 when absent
 * @param unit what a daily amount counts, e.g. {@code glasses}
 */
public record DoseInput(String kind, Integer from, Integer to, Integer count, String unit) {

    /** The dose kinds a person can give, in the order a form offers them. */
    public static final java.util.List<String> KINDS = java.util.List.of("hold", "seconds", "minutes", "reps", "once");

    private static final Pattern TEXT = Pattern.compile(
            "(hold|seconds|minutes|reps|daily|once)(?:\\s+(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?)?(?:\\s*[x×]\\s*(\\d{1,6}))?(?:\\s+(\\S.*))?");

    public static DoseInput hold(int from, int to, int holds) {
        return new DoseInput("hold", from, to, holds, null);
    }

    public static DoseInput reps(int reps, int sets) {
        return new DoseInput("reps", reps, null, sets, null);
    }

    public static DoseInput once() {
        return new DoseInput("once", null, null, null, null);
    }

    /**
     * A dose written as a person types it on a command line: {@code hold 20-30}, {@code hold 30 x3},
     * {@code seconds 45}, {@code minutes 2-5}, {@code reps 10 x2}, {@code daily 8 glasses}, {@code once}.
     *
     * @throws InvalidInputException naming {@code dose} when it is none of those
     */
    public static DoseInput parse(String text) {
        Matcher match = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!match.matches()) {
            throw new InvalidInputException(
                    "dose",
                    "dose is written like 'hold 20-30', 'hold 30 x3', 'seconds 45', 'minutes 2-5', 'reps 10 x2',"
                            + " 'daily 8 glasses' or 'once', not '" + text + "'");
        }
        return new DoseInput(
                match.group(1), number(match.group(2)), number(match.group(3)), number(match.group(4)), match.group(5));
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /** The dose as text {@link #parse} reads back; for a front end's field. */
    public static String text(Dose dose) {
        if (dose instanceof Dose.Hold hold) {
            return "hold " + range(hold.min().toSeconds(), hold.max().toSeconds())
                    + (hold.holds() > 1 ? " x" + hold.holds() : "");
        }
        if (dose instanceof Dose.Timed timed) {
            if (timed.min().toSecondsPart() == 0 && timed.max().toSecondsPart() == 0) {
                return "minutes " + range(timed.min().toMinutes(), timed.max().toMinutes());
            }
            return "seconds " + range(timed.min().toSeconds(), timed.max().toSeconds());
        }
        if (dose instanceof Dose.Reps reps) {
            return "reps " + reps.reps() + (reps.sets() > 1 ? " x" + reps.sets() : "");
        }
        if (dose instanceof Dose.Amount amount) {
            return "daily " + amount.amount() + " " + amount.unit();
        }
        return dose instanceof Dose.Once ? "once" : dose.describe();
    }

    /** The same dose as input, when a person could have given it (a cycle of breaths cannot). */
    public static Optional<DoseInput> of(Dose dose) {
        String text = text(dose);
        return TEXT.matcher(text).matches() ? Optional.of(parse(text)) : Optional.empty();
    }

    private static String range(long least, long most) {
        return least == most ? Long.toString(least) : least + "-" + most;
    }

    /**
     * The dose, within the limits of its constructors; whether it is sane is the validator's to say.
     *
     * @throws InvalidInputException naming {@code dose}
     */
    Dose dose() {
        String what = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (what.equals("once")) {
            return Dose.once();
        }
        int least = from == null ? 0 : from;
        int most = to == null ? least : to;
        int times = count == null ? 1 : count;
        if (from == null) {
            throw new InvalidInputException("dose", "give the dose a number, e.g. 'hold 20-30' or 'reps 10'");
        }
        if (least < 1 || most < 1 || times < 1) {
            throw new InvalidInputException("dose", "a dose counts from 1, not 0 or less");
        }
        if (most < least) {
            throw new InvalidInputException(
                    "dose", "the dose's least (" + least + ") is above its most (" + most + ")");
        }
        return switch (what) {
            case "hold" -> Dose.hold(least, most).times(times);
            case "seconds" -> new Dose.Timed(Duration.ofSeconds(least), Duration.ofSeconds(most));
            case "minutes" -> Dose.minutes(least, most);
            case "reps" -> Dose.reps(least, times);
            case "daily" -> {
                if (unit == null || unit.isBlank()) {
                    throw new InvalidInputException("dose", "a daily amount needs a unit, e.g. 'daily 8 glasses'");
                }
                yield Dose.daily(least, unit.strip());
            }
            case "once" -> Dose.once();
            default ->
                throw new InvalidInputException(
                        "dose", "a dose is a hold, seconds, minutes, reps, a daily amount or once, not '" + kind + "'");
        };
    }
}
