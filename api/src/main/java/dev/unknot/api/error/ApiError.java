package dev.unknot.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one body of every failed call: a kind a program switches on, the request field at fault
 * (when one is), and one line a person can act on. Never a stack trace.
 *
 * @param error {@code invalid-input}, {@code unauthorized}, {@code forbidden}, {@code not-found}, {@code method-not-allowed},
 *     {@code unsupported-media-type}, {@code not-acceptable}, {@code conflict}, {@code gone}, {@code too-large}, {@code unavailable} or
 *     {@code internal}
 * @param field the field, query parameter or path variable at fault; null when the error is not about one
 * @param message one line saying what is wrong and, for bad input, the valid range or choices
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Error", description = "The body of every failed call.")
public record ApiError(
        @Schema(required = true, example = "invalid-input") String error,

        @Schema(nullable = true, example = "before") @Nullable
        String field,

        @Schema(required = true, example = "tightness before must be between 0 and 10, was 11")
        String message) {

    public static final String INVALID_INPUT = "invalid-input";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONFLICT = "conflict";
    public static final String GONE = "gone";
    public static final String TOO_LARGE = "too-large";
    public static final String UNAVAILABLE = "unavailable";
    public static final String INTERNAL = "internal";

    /** The most of a refused value that a message echoes. */
    static final int EXCERPT = 40;

    /** The longest message: a rule and a short excerpt fit well within it. */
    static final int LONGEST = 300;

    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (EXCERPT + 1) + ",})'");

    public ApiError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        // One line: a message never carries a multi-line cause into the body.
        message = message.lines().findFirst().orElse("").strip();
        // A quoted value the client sent is echoed as an excerpt, never whole.
        message = QUOTED.matcher(message)
                .replaceAll(quoted -> Matcher.quoteReplacement("'" + excerpt(quoted.group(1)) + "'"));
        if (message.length() > LONGEST) {
            message = message.substring(0, LONGEST - 1) + "…";
        }
    }

    /** The start of a value, marked as cut when it is longer. */
    static String excerpt(String value) {
        return value.length() <= EXCERPT
                ? value
                : value.substring(0, Character.isHighSurrogate(value.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT)
                        + "…";
    }

    public static ApiError invalidInput(@Nullable String field, String message) {
        return new ApiError(INVALID_INPUT, field, message);
    }
}
