package dev.unknot.app.token;

/** The id the store gives an access token; it names the token in a list, and is no secret. */
public record TokenId(long value) {

    public TokenId {
        if (value <= 0) {
            throw new IllegalArgumentException("token id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
