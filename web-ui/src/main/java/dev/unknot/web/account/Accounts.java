package dev.unknot.web.account;

import dev.unknot.store.InvalidInputException;
import dev.unknot.store.person.Credentials;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Web accounts: signing up and signing in, with hashed passwords and a limit on failed attempts.
 * Passwords never leave this class, and are never logged.
 */
@Singleton
public class Accounts {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 256;

    private final PersonService people;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    public Accounts(PersonService people, Passwords passwords, LoginThrottle throttle) {
        this.people = people;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** Whether nobody has an account yet: the first visit then offers to open one. */
    public boolean fresh() {
        return !people.hasAccounts();
    }

    /**
     * Opens an account.
     *
     * @throws InvalidInputException naming the field at fault
     * @throws dev.unknot.store.ConflictException when the username is taken
     */
    public Person signUp(String username, String password, String repeated) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "the password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("password", "the password may have at most " + MAX_PASSWORD + " characters");
        }
        if (!password.equals(repeated)) {
            throw new InvalidInputException("repeated password", "the two passwords differ");
        }
        return people.createAccount(username, passwords.hash(password));
    }

    /**
     * Checks a username and password.
     *
     * @param address where the attempt comes from, for the limit on failed attempts
     * @throws SignInRefusedException for a wrong username or password, or after too many failures
     */
    public Person signIn(String username, String password, String address) {
        String user = "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        String from = "address:" + address;
        Optional<Duration> wait = throttle.blocked(user, from);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new SignInRefusedException("Too many failed attempts. Try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        }
        String typed = password == null ? "" : password;
        Optional<Credentials> credentials = people.credentials(username);
        boolean matches;
        if (credentials.isPresent()) {
            matches = typed.length() <= MAX_PASSWORD && passwords.matches(typed, credentials.get().passwordHash());
        } else {
            passwords.checkDecoy(typed);
            matches = false;
        }
        if (!matches) {
            throttle.failed(user, from);
            throw new SignInRefusedException("Wrong username or password.");
        }
        throttle.succeeded(user);
        return people.get(credentials.get().person());
    }
}
