package dev.unknot.app.account;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.store.admin.InviteRepository;
import dev.unknot.store.admin.InviteRow;
import dev.unknot.store.admin.ServerSettingRepository;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who may open an account: the registration mode and invitation links. A fresh install takes the
 * first account whatever the mode; after that the mode stored by the administrator applies
 * ({@link #DEFAULT} until they choose). An invitation is used once, and not after it expires or
 * is revoked; a closed server takes no invitation either.
 */
@Singleton
public class Registration {

    /** The mode of a server whose administrator has not chosen one. */
    public static final RegistrationMode DEFAULT = RegistrationMode.OPEN;

    /** How long an invitation is valid unless its maker says otherwise. */
    public static final Duration INVITE_VALID_FOR = Duration.ofDays(7);

    /** The longest an invitation may be valid. */
    public static final int MAX_INVITE_DAYS = 365;

    /** The field an {@link InvalidInputException} names when registration is refused. */
    public static final String FIELD = "invite";

    static final String SETTING = "registration";

    private final ServerSettingRepository settings;
    private final InviteRepository invites;
    private final PersonService people;
    private final Clock clock;

    Registration(ServerSettingRepository settings, InviteRepository invites, PersonService people, Clock clock) {
        this.settings = settings;
        this.invites = invites;
        this.people = people;
        this.clock = clock;
    }

    /** The mode the administrator chose, else {@link #DEFAULT}. */
    @Transactional(readOnly = true)
    public RegistrationMode mode() {
        return settings.findById(SETTING)
                .map(row -> RegistrationMode.parse(row.value()))
                .orElse(DEFAULT);
    }

    @Transactional
    public void change(RegistrationMode mode) {
        if (settings.change(SETTING, mode.text()) == 0 && settings.insertUnlessPresent(SETTING, mode.text()) == 0) {
            settings.change(SETTING, mode.text());
        }
    }

    /**
     * Why an account could not be opened now with this invitation, in a person's words; empty when
     * it could. Sign-up asks before anything is typed; {@link #open} asks again, authoritatively.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(Optional<String> invite) {
        try {
            admit(invite, false);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Opens an account if the registration mode lets it, using the invitation: the one way every
     * front end opens one.
     *
     * @param passwordHash empty for an account that signs in through an identity provider
     * @param invite the secret of an invitation link, if one came with the request
     * @throws InvalidInputException naming {@value #FIELD} when registration is refused, or the
     *     field at fault
     * @throws dev.unknot.wire.error.ConflictException when the username is taken
     */
    @Transactional
    public Person open(String username, Optional<String> passwordHash, Optional<String> invite) {
        Optional<InviteRow> used = admit(invite, true);
        Person person = people.createAccount(username, passwordHash);
        used.ifPresent(row -> invites.use(row.id(), clock.instant(), person.id().value()));
        return person;
    }

    /** The invitation to use, when one is given; refuses as {@link #open} does. */
    private Optional<InviteRow> admit(Optional<String> invite, boolean lock) {
        Optional<String> secret = invite.map(String::strip).filter(text -> !text.isEmpty());
        if (!people.hasAccounts()) {
            return Optional.empty();
        }
        RegistrationMode mode = mode();
        if (mode == RegistrationMode.CLOSED) {
            throw new InvalidInputException(FIELD, "This Unknot takes no new accounts. Ask its administrator.");
        }
        if (secret.isEmpty()) {
            if (mode == RegistrationMode.INVITE_ONLY) {
                throw new InvalidInputException(
                        FIELD,
                        "This Unknot takes new accounts by invitation only. Ask its administrator for an invitation link.");
            }
            return Optional.empty();
        }
        Optional<InviteRow> row = OneTimeSecret.wellFormed(secret.get())
                ? (lock
                        ? invites.lockByTokenHash(OneTimeSecret.hash(secret.get()))
                        : invites.findByTokenHash(OneTimeSecret.hash(secret.get())))
                : Optional.empty();
        if (row.isEmpty() || row.get().usedAt() != null || row.get().revokedAt() != null) {
            throw new InvalidInputException(
                    FIELD, "This invitation link is not valid: it was used, revoked or mistyped. Ask for a new one.");
        }
        if (!clock.instant().isBefore(row.get().expiresAt())) {
            throw new InvalidInputException(FIELD, "This invitation link has expired. Ask for a new one.");
        }
        return row;
    }

    /**
     * Makes an invitation link.
     *
     * @param days how long it stays valid: 1 to {@value #MAX_INVITE_DAYS}
     * @param maker who made it, if a person did (not a command on the server's machine)
     */
    @Transactional
    public IssuedLink invite(int days, Optional<PersonId> maker) {
        if (days < 1 || days > MAX_INVITE_DAYS) {
            throw new InvalidInputException(
                    "days", "an invitation is valid for 1 to " + MAX_INVITE_DAYS + " days, was " + days);
        }
        String secret = OneTimeSecret.create();
        Instant now = clock.instant();
        InviteRow row = invites.save(new InviteRow(
                null,
                OneTimeSecret.hash(secret),
                maker.map(PersonId::value).orElse(null),
                now,
                now.plus(Duration.ofDays(days)),
                null,
                null,
                null));
        return new IssuedLink(row.id(), "signup?invite=" + secret, row.expiresAt());
    }

    /** Invitations neither used nor revoked, newest first, the expired ones among them. */
    @Transactional(readOnly = true)
    public List<Invite> invites() {
        return invites.findOpen().stream()
                .map(row -> new Invite(row.id(), row.createdAt(), row.expiresAt()))
                .toList();
    }

    /** @throws NotFoundException for an unknown invitation, or one used or revoked already */
    @Transactional
    public void revoke(long invite) {
        if (invites.revoke(invite, clock.instant()) == 0) {
            throw new NotFoundException("open invitation", invite);
        }
    }
}
