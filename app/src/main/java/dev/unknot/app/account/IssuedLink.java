package dev.unknot.app.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link just made: an invitation or a password reset. Its secret is never available
 * again.
 *
 * @param id the invitation's id (to revoke it); the person's id for a reset link
 * @param path the link's path on the server, without a leading slash: {@code signup?invite=...}
 *     or {@code reset/...}
 */
public record IssuedLink(long id, String path, Instant expires) {

    public IssuedLink {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expires, "expires");
    }

    @Override
    public String toString() {
        return "IssuedLink[id=" + id + ", expires=" + expires + "]";
    }
}
