package dev.unknot.app.person;

/** The id of a person who keeps habits: the CLI's local person or a web account. */
public record PersonId(long value) {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("person id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
