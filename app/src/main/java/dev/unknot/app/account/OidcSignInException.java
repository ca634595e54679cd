package dev.unknot.app.account;

/**
 * A sign-in through the identity provider that did not succeed: a message for the person, and the
 * reason for the server's log (which may name what the person should not see).
 */
public class OidcSignInException extends RuntimeException {

    /** Whether the answer was refused, or the provider could not be reached or is not set up. */
    public enum Kind {
        REFUSED,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String reason;

    public OidcSignInException(Kind kind, String message, String reason) {
        super(message, null, false, false);
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, for the server's log. */
    public String reason() {
        return reason;
    }
}
