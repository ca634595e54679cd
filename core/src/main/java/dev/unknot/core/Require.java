package dev.unknot.core;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** Argument checks shared by the compact constructors of core records. */
@API(status = INTERNAL, since = "0.1")
public final class Require {

    private Require() {}

    /** Returns {@code value} stripped, or throws if it is null or blank. */
    public static String text(String value, String what) {
        present(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return stripped;
    }

    /** Returns an immutable copy of {@code values} whose every item is non-blank text. */
    public static List<String> texts(Collection<String> values, String what) {
        present(values, what);
        return values.stream().map(value -> text(value, what + " item")).toList();
    }

    public static int inRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static <T> T present(T value, String what) {
        return Objects.requireNonNull(value, () -> what + " must not be null");
    }
}
