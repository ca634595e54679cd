package dev.unknot.app.token;

import dev.unknot.app.person.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A live personal access token as its owner sees it in a list: never with its secret, which is
 * shown once, when it is issued.
 *
 * @param name the owner's name for it, e.g. {@code laptop CLI}; unique among their live tokens
 * @param lastUsedAt when it last authenticated a request, to the minute; empty when never
 */
public record AccessToken(TokenId id, PersonId person, String name, Instant createdAt, Optional<Instant> lastUsedAt) {

    public AccessToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(lastUsedAt, "last used at");
    }
}
