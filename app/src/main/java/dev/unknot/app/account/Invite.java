package dev.unknot.app.account;

import java.time.Instant;
import java.util.Objects;

/** An invitation link not yet used or revoked; its secret was shown once, when it was made. */
public record Invite(long id, Instant created, Instant expires) {

    public Invite {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expires);
    }
}
