package dev.unknot.app.person;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as its administrator sees it: who, since when, last active when, and whether it may
 * sign in. Nothing of its habits.
 *
 * @param lastActive the last sign-in, web visit or API call, to about the hour; empty before any
 */
public record Account(
        PersonId id, String username, Instant created, Optional<Instant> lastActive, boolean admin, boolean disabled) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastActive, "last active");
    }
}
