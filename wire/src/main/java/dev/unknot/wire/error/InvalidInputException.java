package dev.unknot.wire.error;

import java.util.Objects;

/**
 * Input that breaks a rule, e.g. {@code tightness before must be between 0 and 10, was 11}.
 * Nothing was written. A web front end answers 400.
 */
public final class InvalidInputException extends TrackerException {

    private final String field;

    /**
     * @param field the input at fault, in words: {@code tightness before}, {@code time zone}
     * @param message the whole message, naming the field and the rule
     */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Wraps a rule a core value enforced in its constructor. */
    public static InvalidInputException of(String field, IllegalArgumentException broken) {
        InvalidInputException exception = new InvalidInputException(field, broken.getMessage());
        exception.initCause(broken);
        return exception;
    }

    /** The input at fault, in words. */
    public String field() {
        return field;
    }
}
