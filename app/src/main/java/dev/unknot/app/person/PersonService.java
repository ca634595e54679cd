package dev.unknot.app.person;

import dev.unknot.app.change.Changes;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.store.person.PersonRow;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * People and their settings: the CLI's local person, web accounts, and each person's calendar.
 *
 * <p>A new person's calendar starts at midnight in the zone of the store's clock (the machine's
 * zone, unless a front end supplies another clock); they can change it.
 */
@Singleton
public class PersonService {

    /** The username of the person the CLI acts for; web sign-up cannot take it. */
    public static final String LOCAL_USERNAME = "local";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final PersonRepository people;
    private final Changes changes;
    private final Clock clock;

    PersonService(PersonRepository people, Changes changes, Clock clock) {
        this.people = people;
        this.changes = changes;
        this.clock = clock;
    }

    /** The person the CLI acts for, created on first use; safe when two processes ask at once. */
    @Transactional
    public Person local() {
        return people.findByUsername(LOCAL_USERNAME)
                .or(() -> insert(LOCAL_USERNAME, Optional.empty(), defaultCalendar()))
                .or(() -> people.findByUsername(LOCAL_USERNAME))
                .map(PersonService::toPerson)
                .orElseThrow();
    }

    /**
     * Stores a new account; the first account is the administrator. Front ends open accounts
     * through {@code Accounts.create}, which applies the registration mode first.
     *
     * @param username 1–64 letters, digits, dots, dashes or underscores, starting with a letter or
     *     digit; stored in lower case
     * @param passwordHash the hash the web front end computed; the store keeps it as given
     * @throws InvalidInputException for a username or hash that breaks these rules
     * @throws ConflictException when the username is taken
     */
    @Transactional
    public Person createAccount(String username, String passwordHash) {
        passwordHash(passwordHash);
        return createAccount(username, Optional.of(passwordHash));
    }

    /**
     * {@link #createAccount(String, String)}, also for an account with no password (one that signs
     * in through an identity provider).
     */
    @Transactional
    public Person createAccount(String username, Optional<String> passwordHash) {
        String name = username(username);
        if (name.equals(LOCAL_USERNAME)) {
            throw new InvalidInputException("username", "username 'local' is kept for the command line");
        }
        passwordHash.ifPresent(PersonService::passwordHash);
        Person person = insert(name, passwordHash, defaultCalendar())
                .map(PersonService::toPerson)
                .orElseThrow(() -> new ConflictException("username '" + name + "' is taken"));
        people.becomeFirstAdmin(person.id().value());
        return person;
    }

    /** Every account (not the command line's own person), oldest first. */
    @Transactional(readOnly = true)
    public java.util.List<Account> accounts() {
        return people.findAccounts().stream().map(Activity::toAccount).toList();
    }

    /** The account of that username; empty for an unknown one and for the command line's person. */
    @Transactional(readOnly = true)
    public Optional<Account> findAccount(String username) {
        return username == null
                ? Optional.empty()
                : people.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                        .filter(row -> !row.username().equals(LOCAL_USERNAME))
                        .map(Activity::toAccount);
    }

    /** The person's account; empty for the command line's person or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<Account> findAccount(PersonId id) {
        return people.findById(id.value())
                .filter(row -> !row.username().equals(LOCAL_USERNAME))
                .map(Activity::toAccount);
    }

    /** @throws NotFoundException when no such person exists */
    @Transactional(readOnly = true)
    public Person get(PersonId id) {
        return people.findById(id.value())
                .map(PersonService::toPerson)
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByUsername(String username) {
        return username == null
                ? Optional.empty()
                : people.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                        .map(PersonService::toPerson);
    }

    /** Whether any account exists; a fresh install has none, and the web UI then offers to open the first. */
    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return people.countAccounts() > 0;
    }

    /** The stored password hash of a web account; empty for an unknown username or the local person. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        return username == null
                ? Optional.empty()
                : people.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                        .filter(row -> row.passwordHash() != null)
                        .map(row -> new Credentials(new PersonId(row.id()), row.passwordHash()));
    }

    /**
     * Replaces a web account's password hash, computed by the web front end, which also checks the
     * current password first.
     *
     * @throws InvalidInputException for a hash of 0 or more than 255 characters, or for the CLI's
     *     local person, who signs in with no password
     * @throws NotFoundException when no such person exists
     */
    @Transactional
    public void changePasswordHash(PersonId id, String passwordHash) {
        passwordHash(passwordHash);
        get(id);
        if (people.changePasswordHash(id.value(), passwordHash) == 0) {
            throw new InvalidInputException("password hash", "the command line's person has no password to change");
        }
    }

    /**
     * Changes a person's calendar from what they typed.
     *
     * @param timeZone a region such as {@code Europe/Berlin}, or an offset such as {@code +02:00}
     * @param dayStart a time such as {@code 04:00}, on a whole minute
     * @throws InvalidInputException naming the setting at fault
     */
    @Transactional
    public Person changeCalendar(PersonId id, String timeZone, String dayStart) {
        return changeCalendar(id, new PersonalCalendar(zone(timeZone), dayStart(dayStart)));
    }

    @Transactional
    public Person changeCalendar(PersonId id, PersonalCalendar calendar) {
        Person person = get(id);
        if (!person.calendar().equals(calendar)) {
            people.update(
                    id.value(), calendar.zone().getId(), calendar.dayStart().toSecondOfDay() / 60);
            changes.ofCalendar(id.value());
        }
        return get(id);
    }

    /**
     * Whether the routine player's tones are muted for the person: one choice for every browser
     * and device they sign in from, off until they mute them.
     *
     * @throws NotFoundException when no such person exists
     */
    @Transactional(readOnly = true)
    public boolean cuesMuted(PersonId id) {
        return people.findById(id.value())
                .map(PersonRow::cuesMuted)
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    /**
     * Mutes the routine player's tones for the person, or turns them on again.
     *
     * @return whether they are muted now
     * @throws NotFoundException when no such person exists
     */
    @Transactional
    public boolean muteCues(PersonId id, boolean muted) {
        if (cuesMuted(id) != muted) {
            people.changeCuesMuted(id.value(), muted);
            changes.ofPerson(id.value());
        }
        return muted;
    }

    /**
     * Whether the person still counts their days in the zone every new account gets (the server's),
     * so that a front end may offer the zone the person is really in.
     */
    public boolean keepsDefaultZone(Person person) {
        return person.calendar().zone().equals(clock.getZone());
    }

    /** Parses a time zone as {@link #changeCalendar(PersonId, String, String)} does. */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    "time zone",
                    "time zone must be a region such as Europe/Berlin or an offset such as +02:00, was '" + text + "'");
        }
    }

    /** Parses a day start as {@link #changeCalendar(PersonId, String, String)} does. */
    public static LocalTime dayStart(String text) {
        LocalTime time;
        try {
            time = LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day start", "day start must be a time such as 04:00, was '" + text + "'");
        }
        if (!time.equals(time.truncatedTo(ChronoUnit.MINUTES))) {
            throw new InvalidInputException("day start", "day start must be on a whole minute, was " + time);
        }
        return time;
    }

    private PersonalCalendar defaultCalendar() {
        return PersonalCalendar.startingAtMidnight(clock.getZone());
    }

    /** Inserts the person; empty when the username is taken. */
    private Optional<PersonRow> insert(String username, Optional<String> passwordHash, PersonalCalendar calendar) {
        int inserted = people.insertUnlessTaken(
                username,
                passwordHash.orElse(null),
                calendar.zone().getId(),
                calendar.dayStart().toSecondOfDay() / 60,
                clock.instant());
        return inserted == 1 ? people.findByUsername(username) : Optional.empty();
    }

    private static void passwordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank() || passwordHash.length() > 255) {
            throw new InvalidInputException("password hash", "password hash must be 1 to 255 characters");
        }
    }

    private static String username(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "username",
                    "username must be 1 to 64 letters, digits, dots, dashes or "
                            + "underscores, starting with a letter or digit, was '" + username + "'");
        }
        return name;
    }

    static Person toPerson(PersonRow row) {
        return new Person(
                new PersonId(row.id()),
                row.username(),
                new PersonalCalendar(ZoneId.of(row.timeZone()), LocalTime.ofSecondOfDay(row.dayStartMinute() * 60L)));
    }
}
