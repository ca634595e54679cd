package dev.unknot.api.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRequestAttributeRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Micronaut's failures to read a request (malformed JSON, a value of the wrong type, an
 * unknown enum value, a bad date, a missing body or parameter) into the API's 400 answer, naming
 * the field and what it must be.
 */
final class InvalidRequests {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']{0,100})'");

    private InvalidRequests() {}

    static Optional<ApiError> describe(Throwable failure) {
        // A request body's own rule, from its constructor while it was read: the store's exception.
        Optional<InvalidInputException> rule = find(failure, InvalidInputException.class);
        if (rule.isPresent()) {
            return Optional.of(StoreExceptionHandler.invalidInput(rule.get()));
        }
        Optional<String> twice = duplicateKey(failure);
        if (twice.isPresent()) {
            return Optional.of(ApiError.invalidInput(
                    twice.get(), twice.get() + " is given twice; each field may appear once in an object"));
        }
        if (failure instanceof UnsatisfiedBodyRouteException) {
            return Optional.of(ApiError.invalidInput(null, "a JSON body is required"));
        }
        if (failure instanceof UnsatisfiedRequestAttributeRouteException) {
            // Only the authentication filter sets request attributes; a call it did not see is a bug.
            return Optional.empty();
        }
        if (failure instanceof UnsatisfiedRouteException missing) {
            return Optional.of(required(missing.getArgument()));
        }
        if (failure instanceof UnsatisfiedArgumentException missing) {
            return Optional.of(required(missing.getArgument()));
        }
        if (failure instanceof JsonSyntaxException) {
            return Optional.of(malformed(failure));
        }
        if (failure instanceof ConversionErrorException conversion) {
            Optional<SerdeException> serde = find(conversion, SerdeException.class);
            if (serde.isPresent()) {
                return Optional.of(unreadable(serde.get()));
            }
            if (find(conversion, JsonSyntaxException.class).isPresent()) {
                return Optional.of(malformed(conversion));
            }
            Argument<?> argument = conversion.getArgument();
            return Optional.of(ApiError.invalidInput(
                    argument.getName(),
                    argument.getName() + " must be " + kind(argument)
                            + was(conversion.getConversionError().getOriginalValue())));
        }
        if (failure instanceof SerdeException serde) {
            return Optional.of(unreadable(serde));
        }
        return Optional.empty();
    }

    /**
     * The key of an object that a body gives twice, which Jackson's duplicate detection (set in
     * app's StrictJson) refuses: {@code Duplicate field 'before'}.
     */
    private static Optional<String> duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher duplicate = t.getMessage() == null ? null : DUPLICATE_KEY.matcher(t.getMessage());
            if (duplicate != null && duplicate.find()) {
                return Optional.of(duplicate.group(1));
            }
        }
        return Optional.empty();
    }

    private static ApiError required(Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return ApiError.invalidInput(null, "a JSON body is required");
        }
        return ApiError.invalidInput(argument.getName(), argument.getName() + " is required");
    }

    private static ApiError malformed(Throwable failure) {
        return ApiError.invalidInput(null, "the body is not valid JSON" + where(failure));
    }

    /** A body that is JSON but does not fit: the field (e.g. {@code symptoms[1]}) and what it must be. */
    private static ApiError unreadable(SerdeException failure) {
        List<ReferencePath> path = failure.getPath();
        Throwable root = rootOf(failure);
        if (path == null || path.isEmpty()) {
            return ApiError.invalidInput(null, "the body does not fit this call" + where(failure));
        }
        String field = fieldOf(path);
        // The path lists the innermost step first: the value at fault.
        Argument<?> type = valueType(path.get(0));
        if (root instanceof IllegalArgumentException && !(root instanceof NumberFormatException)) {
            // A value's own rule, from a constructor: its message says what and why.
            return ApiError.invalidInput(field, field + ": " + root.getMessage());
        }
        return ApiError.invalidInput(field, field + " must be " + kind(type));
    }

    /** The type of the value a step of a path names: a map's or a list's item type for an item. */
    private static Argument<?> valueType(ReferencePath step) {
        Argument<?> type = step.getArgument();
        Argument<?>[] parameters = type.getTypeParameters();
        if (step instanceof MapItemReferencePath
                && Map.class.isAssignableFrom(type.getType())
                && parameters.length == 2) {
            return parameters[1];
        }
        if (step instanceof CollectionItemReferencePath
                && Collection.class.isAssignableFrom(type.getType())
                && parameters.length == 1) {
            return parameters[0];
        }
        return type;
    }

    /** {@code symptoms[1]}, {@code causes.poor-posture}, {@code schedule.days}: the path as the JSON names it. */
    static String fieldOf(List<ReferencePath> path) {
        StringBuilder field = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append('.').append(entry.key());
            } else if (step instanceof PropertyReferencePath property) {
                field.append('.').append(property.property().getName());
            }
        }
        return field.length() > 0 && field.charAt(0) == '.' ? field.substring(1) : field.toString();
    }

    /** What a value of this type looks like, in words a client developer reads. */
    static String kind(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant)
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', '-'))
                            .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == CharSequence.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-25";
        }
        if (type == LocalTime.class) {
            return "a time such as 04:00";
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date-time with an offset such as 2026-11-25T08:30:00+01:00";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    /**
     * Where in the body reading stopped, as a person counts (line and column), when the parser
     * says; never the parser's own words, which name Java types and echo the input.
     */
    private static String where(Throwable failure) {
        Optional<JsonProcessingException> parser = find(failure, JsonProcessingException.class);
        if (parser.isEmpty() || parser.get().getLocation() == null) {
            return "";
        }
        JsonLocation at = parser.get().getLocation();
        return at.getLineNr() > 0 && at.getColumnNr() > 0
                ? " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
                : "";
    }

    /** The value refused, as a short excerpt: {@code , was 'abc'}. */
    private static String was(Object value) {
        Object shown = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (shown instanceof Collection<?> values && values.size() == 1) {
            shown = values.iterator().next();
        }
        return shown == null ? "" : ", was '" + ApiError.excerpt(String.valueOf(shown)) + "'";
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
