package dev.unknot.app.account;

import dev.unknot.app.person.Account;
import dev.unknot.app.person.PersonId;
import dev.unknot.store.admin.PasswordResetRepository;
import dev.unknot.store.admin.PasswordResetRow;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links to choose a new password, which the administrator makes for a person who forgot
 * theirs: valid for {@link #VALID_FOR}, used once, and a new one replaces the person's unused ones.
 */
@Singleton
public class ResetLinks {

    public static final Duration VALID_FOR = Duration.ofHours(24);

    /** The field an {@link InvalidInputException} names for a link that cannot be used. */
    public static final String FIELD = "link";

    private final PasswordResetRepository links;
    private final PersonRepository people;
    private final Clock clock;

    ResetLinks(PasswordResetRepository links, PersonRepository people, Clock clock) {
        this.links = links;
        this.people = people;
        this.clock = clock;
    }

    /** A new link for the account's person. */
    @Transactional
    public IssuedLink create(Account account) {
        links.deleteUnused(account.id().value());
        String secret = OneTimeSecret.create();
        Instant now = clock.instant();
        PasswordResetRow row = links.save(new PasswordResetRow(
                null, account.id().value(), OneTimeSecret.hash(secret), now, now.plus(VALID_FOR), null));
        return new IssuedLink(account.id().value(), "reset/" + secret, row.expiresAt());
    }

    /**
     * Whose link this is, while it can be used.
     *
     * @throws InvalidInputException naming {@value #FIELD} for a link unknown, used or expired
     */
    @Transactional(readOnly = true)
    public String username(String secret) {
        PasswordResetRow row = usable(secret, false);
        return people.findById(row.personId()).orElseThrow().username();
    }

    /** Sets the password hash of the link's person and uses the link up; refuses as {@link #username} does. */
    @Transactional
    public PersonId use(String secret, String passwordHash) {
        PasswordResetRow row = usable(secret, true);
        links.use(row.id(), clock.instant());
        people.resetPasswordHash(row.personId(), passwordHash);
        return new PersonId(row.personId());
    }

    private PasswordResetRow usable(String secret, boolean lock) {
        Optional<PasswordResetRow> row = OneTimeSecret.wellFormed(secret)
                ? (lock
                        ? links.lockByTokenHash(OneTimeSecret.hash(secret))
                        : links.findByTokenHash(OneTimeSecret.hash(secret)))
                : Optional.empty();
        if (row.isEmpty() || row.get().usedAt() != null) {
            throw new InvalidInputException(
                    FIELD,
                    "This link to choose a new password is not valid: it was used or mistyped. Ask for a new one.");
        }
        if (!clock.instant().isBefore(row.get().expiresAt())) {
            throw new InvalidInputException(
                    FIELD, "This link to choose a new password has expired. Ask for a new one.");
        }
        return row.get();
    }
}
