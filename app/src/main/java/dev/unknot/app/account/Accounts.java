package dev.unknot.app.account;

import dev.unknot.app.person.Account;
import dev.unknot.app.person.Activity;
import dev.unknot.app.person.Credentials;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.wire.error.InvalidInputException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Web accounts: signing up and signing in, with hashed passwords and a limit on failed attempts.
 * Passwords never leave this class, and are never logged.
 */
@Singleton
public class Accounts {

    /** The field an {@link InvalidInputException} names when the current password is refused. */
    public static final String CURRENT = "current password";

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;

    private final PersonService people;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Registration registration;
    private final ResetLinks resetLinks;
    private final Activity activity;

    public Accounts(
            PersonService people,
            Passwords passwords,
            LoginThrottle throttle,
            Registration registration,
            ResetLinks resetLinks,
            Activity activity) {
        this.people = people;
        this.passwords = passwords;
        this.throttle = throttle;
        this.registration = registration;
        this.resetLinks = resetLinks;
        this.activity = activity;
    }

    /** What a sign-in of a disabled account answers, once its password was right. */
    public static final String DISABLED = "This account is disabled. Ask the administrator of this Unknot.";

    /** Whether nobody has an account yet: the first visit then offers to open one. */
    public boolean fresh() {
        return !people.hasAccounts();
    }

    /**
     * Opens an account; at most {@link LoginThrottle#MAX_SIGN_UPS} an hour from one address.
     *
     * @param address where the request comes from, for the limit on sign-ups
     * @throws InvalidInputException naming the field at fault
     * @throws dev.unknot.wire.error.ConflictException when the username is taken
     */
    public Person signUp(String username, String password, String repeated, String address) {
        return signUp(username, password, repeated, address, Optional.empty());
    }

    /**
     * Opens an account as {@link #signUp(String, String, String, String)} does, with the secret of
     * an invitation link when the person came with one.
     *
     * @throws InvalidInputException naming {@value Registration#FIELD} when the registration mode
     *     refuses (closed, invitation only, an invitation used, revoked or expired)
     */
    public Person signUp(String username, String password, String repeated, String address, Optional<String> invite) {
        registration.refusal(invite).ifPresent(refusal -> {
            throw new InvalidInputException(Registration.FIELD, refusal);
        });
        checkNew("password", password, repeated);
        Optional<Duration> wait = throttle.reserveSignUp(address);
        if (wait.isPresent()) {
            throw new InvalidInputException(
                    "username", "Too many new accounts from this address. Try again in " + minutes(wait.get()) + ".");
        }
        return create(username, Optional.of(passwords.hash(password)), invite);
    }

    /**
     * Opens an account: the one way every front end does (sign-up, and a first sign-in through an
     * identity provider). Applies the registration mode and uses the invitation in the transaction
     * that stores the account; the first account is the administrator.
     *
     * @param passwordHash from {@link Passwords#hash}; empty for an account with no password
     * @param invite the secret of an invitation link, if the person came with one
     * @throws InvalidInputException naming {@value Registration#FIELD} when registration is
     *     refused, or the field at fault
     * @throws dev.unknot.wire.error.ConflictException when the username is taken
     */
    public Person create(String username, Optional<String> passwordHash, Optional<String> invite) {
        Person person = registration.open(username, passwordHash, invite);
        activity.signedIn(person.id());
        return person;
    }

    /**
     * Why sign-up cannot open an account now (closed, invitation only, a bad invitation), in a
     * person's words; empty when it can.
     */
    public Optional<String> signUpRefusal(Optional<String> invite) {
        return registration.refusal(invite);
    }

    /**
     * Whose password-reset link this is, while it can be used.
     *
     * @throws InvalidInputException naming {@value ResetLinks#FIELD} for a link unknown, used or expired
     */
    public String resetLinkUsername(String link) {
        return resetLinks.username(link);
    }

    /**
     * Chooses a new password with a one-time link the administrator made.
     *
     * @return the username, to sign in with
     * @throws InvalidInputException naming {@value ResetLinks#FIELD} for a link unknown, used or
     *     expired, else {@code password} or {@code repeated password}
     */
    public String resetPassword(String link, String password, String repeated) {
        resetLinks.username(link);
        checkNew("password", password, repeated);
        PersonId person = resetLinks.use(link, passwords.hash(password));
        activity.forget(person);
        return people.get(person).username();
    }

    /**
     * Opens an account for a person whom the identity provider signed in ({@link OidcAccounts}),
     * through {@link #create} like every other: its password is a random secret nobody knows, so
     * it opens through the provider only until the person is given a password.
     *
     * @throws InvalidInputException for a username that breaks the rules, or registration refused
     * @throws dev.unknot.wire.error.ConflictException when the username is taken
     */
    Person openForProvider(String username) {
        return create(username, Optional.of(passwords.hash(Passwords.unguessable())), Optional.empty());
    }

    /**
     * Replaces the person's password when {@code current} is theirs. A wrong current password
     * counts as a failed sign-in of the person's username and from {@code address}, so this cannot
     * be used to guess it past the limit on sign-ins.
     *
     * @param address where the request comes from, for the limit on failed sign-ins
     * @throws InvalidInputException naming {@value #CURRENT} for a wrong current password or after
     *     too many failures, {@code new password} or {@code repeated password} for a new password
     *     that breaks the rules
     */
    public void changePassword(PersonId person, String current, String replacement, String repeated, String address) {
        String username = people.get(person).username();
        try {
            reserve(username, address);
        } catch (SignInRefusedException e) {
            throw new InvalidInputException(CURRENT, e.getMessage());
        }
        String typed = current == null ? "" : current;
        boolean matches = people.credentials(username)
                .filter(credentials -> credentials.person().equals(person))
                .filter(credentials ->
                        typed.length() <= MAX_PASSWORD && passwords.matches(typed, credentials.passwordHash()))
                .isPresent();
        if (!matches) {
            throw new InvalidInputException(CURRENT, "The current password is wrong.");
        }
        throttle.signedIn(username, address);
        checkNew("new password", replacement, repeated);
        people.changePasswordHash(person, passwords.hash(replacement));
    }

    private static void checkNew(String field, String password, String repeated) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "the password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "the password may have at most " + MAX_PASSWORD + " characters");
        }
        if (!password.equals(repeated)) {
            throw new InvalidInputException("repeated password", "the two passwords differ");
        }
    }

    /** Counts the attempt before any password is hashed, or refuses it when a limit is used up. */
    private void reserve(String username, String address) {
        Optional<Duration> wait = throttle.reserveSignIn(username, address);
        if (wait.isPresent()) {
            throw new SignInRefusedException("Too many failed attempts. Try again in " + minutes(wait.get()) + ".");
        }
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /**
     * Checks a username and password.
     *
     * @param address where the attempt comes from, for the limit on failed attempts
     * @throws SignInRefusedException for a wrong username or password, or after too many failures
     */
    public Person signIn(String username, String password, String address) {
        reserve(username, address);
        String typed = password == null ? "" : password;
        Optional<Credentials> credentials = people.credentials(username);
        boolean matches;
        if (credentials.isPresent()) {
            matches = typed.length() <= MAX_PASSWORD
                    && passwords.matches(typed, credentials.get().passwordHash());
        } else {
            passwords.checkDecoy(typed);
            matches = false;
        }
        if (!matches) {
            throw new SignInRefusedException("Wrong username or password.");
        }
        throttle.signedIn(username, address);
        PersonId person = credentials.get().person();
        if (people.findAccount(person).filter(Account::disabled).isPresent()) {
            throw new SignInRefusedException(DISABLED);
        }
        activity.signedIn(person);
        return people.get(person);
    }
}
