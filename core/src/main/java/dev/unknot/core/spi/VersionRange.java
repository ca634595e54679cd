package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A range of versions in Maven's notation, which Java plugin authors already know from their poms:
 * {@code [1.0,2.0)} from 1.0 up to but not including 2.0, {@code [1.2,)} 1.2 or newer,
 * {@code (,2.0)} anything older than 2.0, {@code [1.2]} exactly 1.2, and a bare {@code 1.2} meaning
 * 1.2 or newer.
 *
 * <p>Versions compare part by part as numbers ({@code 1.10} is newer than {@code 1.9}, a missing
 * part counts as 0) and a version with a qualifier after a hyphen ({@code 1.0-SNAPSHOT},
 * {@code 1.0-rc1}) comes just before the same version without one, as in Maven.
 *
 * @param lower the oldest version in the range, if it has one
 * @param lowerInclusive whether {@code lower} itself is in the range
 * @param upper the newest version bound, if it has one
 * @param upperInclusive whether {@code upper} itself is in the range
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VersionRange(
        Optional<String> lower, boolean lowerInclusive, Optional<String> upper, boolean upperInclusive) {

    /** Every version. */
    public static final VersionRange ANY = new VersionRange(Optional.empty(), true, Optional.empty(), true);

    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+)*(?:-[A-Za-z0-9.]+)?");

    public VersionRange {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        lower.ifPresent(VersionRange::requireVersion);
        upper.ifPresent(VersionRange::requireVersion);
        if (lower.isPresent() && upper.isPresent()) {
            int order = compare(lower.get(), upper.get());
            if (order > 0 || (order == 0 && !(lowerInclusive && upperInclusive))) {
                throw new IllegalArgumentException(
                        "version range " + text(lower, lowerInclusive, upper, upperInclusive) + " holds no version");
            }
        }
    }

    /**
     * Reads a range in Maven's notation.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static VersionRange parse(String text) {
        Objects.requireNonNull(text, "version range");
        String range = text.strip();
        if (VERSION.matcher(range).matches()) {
            return new VersionRange(Optional.of(range), true, Optional.empty(), true);
        }
        if (range.length() < 3
                || "[(".indexOf(range.charAt(0)) < 0
                || ")]".indexOf(range.charAt(range.length() - 1)) < 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a version range: write it like [1.0,2.0), [1.2,) or 1.2");
        }
        boolean lowerInclusive = range.charAt(0) == '[';
        boolean upperInclusive = range.charAt(range.length() - 1) == ']';
        String inside = range.substring(1, range.length() - 1);
        int comma = inside.indexOf(',');
        try {
            if (comma < 0) {
                if (!lowerInclusive || !upperInclusive) {
                    throw new IllegalArgumentException("an exact version is written in square brackets, like [1.2]");
                }
                String exact = inside.strip();
                return new VersionRange(Optional.of(exact), true, Optional.of(exact), true);
            }
            Optional<String> lower = bound(inside.substring(0, comma));
            Optional<String> upper = bound(inside.substring(comma + 1));
            if ((lower.isEmpty() && lowerInclusive) || (upper.isEmpty() && upperInclusive)) {
                throw new IllegalArgumentException(
                        "an open end is written with a round bracket, like [1.0,) or (,2.0)");
            }
            return new VersionRange(lower, lowerInclusive, upper, upperInclusive);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a version range: " + e.getMessage(), e);
        }
    }

    /** Whether {@code version} is in this range; a version that cannot be read never is. */
    public boolean contains(String version) {
        if (version == null || !VERSION.matcher(version.strip()).matches()) {
            return false;
        }
        String candidate = version.strip();
        if (lower.isPresent()) {
            int order = compare(candidate, lower.get());
            if (order < 0 || (order == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper.isPresent()) {
            int order = compare(candidate, upper.get());
            return order < 0 || (order == 0 && upperInclusive);
        }
        return true;
    }

    /**
     * Orders two versions as this range does.
     *
     * @throws IllegalArgumentException when either is not a version
     */
    public static int compare(String first, String second) {
        requireVersion(first);
        requireVersion(second);
        String[] a = first.split("-", 2);
        String[] b = second.split("-", 2);
        List<Integer> left = numbers(a[0]);
        List<Integer> right = numbers(b[0]);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            int order = Integer.compare(i < left.size() ? left.get(i) : 0, i < right.size() ? right.get(i) : 0);
            if (order != 0) {
                return order;
            }
        }
        if (a.length != b.length) {
            return a.length > b.length ? -1 : 1;
        }
        return a.length == 1 ? 0 : a[1].compareToIgnoreCase(b[1]);
    }

    @Override
    public String toString() {
        return text(lower, lowerInclusive, upper, upperInclusive);
    }

    private static String text(
            Optional<String> lower, boolean lowerInclusive, Optional<String> upper, boolean upperInclusive) {
        if (lower.isPresent() && upper.isEmpty() && lowerInclusive) {
            return lower.get() + " or newer";
        }
        if (lower.isPresent() && lower.equals(upper)) {
            return "[" + lower.get() + "]";
        }
        return (lowerInclusive ? "[" : "(") + lower.orElse("") + "," + upper.orElse("") + (upperInclusive ? "]" : ")");
    }

    private static Optional<String> bound(String text) {
        String bound = text.strip();
        return bound.isEmpty() ? Optional.empty() : Optional.of(bound);
    }

    private static void requireVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("'" + version
                    + "' is not a version: numbers joined by dots, like 1.2.0, with an optional -qualifier");
        }
    }

    private static List<Integer> numbers(String dotted) {
        List<Integer> parts = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            // Longer than an int can hold is not a version anyone writes; clamp rather than fail.
            parts.add(part.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(part));
        }
        return parts;
    }
}
