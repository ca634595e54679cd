package dev.unknot.app.account;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.store.oidc.OidcLinkRepository;
import dev.unknot.wire.error.ConflictException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts linked to the identity provider by the provider's issuer and subject (its stable id of a
 * person; a username or an email can change there). The first sign-in with an unknown subject opens
 * an account, through {@link Accounts#openForProvider}, like every other new account.
 */
@Singleton
public class OidcAccounts {

    /** Longest name taken from the provider, leaving room for a suffix that makes it unique. */
    static final int MAX_BASE = 56;

    /** How many numbered names ({@code ada-2}, {@code ada-3}, ...) are tried before a random suffix. */
    static final int NUMBERED = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OidcLinkRepository links;
    private final PersonService people;
    private final Accounts accounts;
    private final Clock clock;

    OidcAccounts(OidcLinkRepository links, PersonService people, Accounts accounts, Clock clock) {
        this.links = links;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The account that {@code identity} leads to, opened and linked on its first sign-in with a
     * username from its {@code preferred_username} (else its email's local part), made unique.
     *
     * @throws ConflictException when another sign-in of the same identity opened an account at the
     *     same moment (nothing was written; signing in again finds that account)
     * @throws dev.unknot.wire.error.InvalidInputException when no account may be opened
     */
    @Transactional
    public Person signIn(OidcProvider.Identity identity) {
        Optional<Long> linked = links.findPerson(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            return people.get(new PersonId(linked.get()));
        }
        Person person = accounts.openForProvider(freeUsername(identity));
        if (links.insertUnlessLinked(
                        identity.issuer(), identity.subject(), person.id().value(), clock.instant())
                == 0) {
            throw new ConflictException("this account was just opened by another sign-in; sign in again");
        }
        return person;
    }

    /**
     * Links a signed-in person's account to {@code identity}, so that the provider signs them in to
     * it from then on.
     *
     * @throws ConflictException when the identity leads to another account already, or the person
     *     is linked to another identity of the same provider
     */
    @Transactional
    public void link(PersonId person, OidcProvider.Identity identity) {
        people.get(person);
        Optional<Long> linked = links.findPerson(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            if (linked.get() == person.value()) {
                return;
            }
            throw new ConflictException("this sign-in of the provider belongs to another Unknot account already");
        }
        if (links.insertUnlessLinked(identity.issuer(), identity.subject(), person.value(), clock.instant()) == 0) {
            throw new ConflictException("your account is linked to another sign-in of this provider already");
        }
    }

    /** Whether the person's account is linked to the provider with this issuer. */
    @Transactional(readOnly = true)
    public boolean linked(PersonId person, String issuer) {
        return links.findSubject(issuer, person.value()).isPresent();
    }

    /** The first of {@link #candidates} that nobody has. */
    private String freeUsername(OidcProvider.Identity identity) {
        List<String> candidates = candidates(identity);
        for (String candidate : candidates) {
            if (!candidate.equals(PersonService.LOCAL_USERNAME)
                    && people.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
        // All taken, even the random one: the unique constraint refuses it and the person signs in again.
        return candidates.get(candidates.size() - 1);
    }

    /** The names to try, best first: the provider's name for the person, then numbered, then random. */
    static List<String> candidates(OidcProvider.Identity identity) {
        String base = base(identity);
        List<String> names = new ArrayList<>();
        names.add(base);
        for (int number = 2; number <= NUMBERED; number++) {
            names.add(base + "-" + number);
        }
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        names.add(base + "-" + HexFormat.of().formatHex(random));
        return names;
    }

    /**
     * The provider's name for the person as a username: lower case, every run of other signs than
     * letters, digits, dots, dashes and underscores as one dash, starting with a letter or digit;
     * {@code person} when nothing is left.
     */
    static String base(OidcProvider.Identity identity) {
        String wanted = identity.preferredUsername()
                .or(() -> identity.email()
                        .map(email -> email.contains("@") ? email.substring(0, email.indexOf('@')) : email))
                .orElse("");
        String name = wanted.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (name.length() > MAX_BASE) {
            name = name.substring(0, MAX_BASE);
        }
        name = name.replaceAll("[._-]+$", "");
        return name.isEmpty() ? "person" : name;
    }
}
