package dev.unknot.app.token;

import java.util.Objects;

/**
 * A token just issued, with its secret: the only time the secret exists outside its owner's
 * hands. Show it once and drop it; the store keeps only its hash.
 *
 * @param secret {@code unk_} and 43 base64url characters, what a client sends as
 *     {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(AccessToken token, String secret) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    /** Leaves the secret out, so that a log line or an assertion message never carries it. */
    @Override
    public String toString() {
        return "IssuedToken[token=" + token + "]";
    }
}
