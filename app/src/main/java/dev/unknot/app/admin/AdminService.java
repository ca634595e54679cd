package dev.unknot.app.admin;

import dev.unknot.app.account.Invite;
import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.account.ResetLinks;
import dev.unknot.app.person.Account;
import dev.unknot.app.person.Activity;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.EmailSender;
import dev.unknot.app.reminder.ReminderMessage;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Property;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's actions, for the web UI's admin page, the API's {@code /api/v1/admin} and
 * {@code unknot admin}. Each takes an {@link Administrator}, which {@link #check} makes only for
 * the administrator, and {@link #onThisMachine} for a command run where the database is. What an
 * administrator sees of an account is its {@link Account}: never its habits.
 */
@Singleton
public class AdminService {

    private final PersonService people;
    private final PersonRepository rows;
    private final Registration registration;
    private final ResetLinks resetLinks;
    private final Activity activity;
    private final EmailSender email;
    private final ReminderService reminders;
    private final Transactions transactions;
    private final Optional<URI> publicAddress;

    AdminService(
            PersonService people,
            PersonRepository rows,
            Registration registration,
            ResetLinks resetLinks,
            Activity activity,
            EmailSender email,
            ReminderService reminders,
            Transactions transactions,
            @Property(name = "unknot.public-url") Optional<String> publicAddress) {
        this.people = people;
        this.rows = rows;
        this.registration = registration;
        this.resetLinks = resetLinks;
        this.activity = activity;
        this.email = email;
        this.reminders = reminders;
        this.transactions = transactions;
        this.publicAddress = publicAddress.filter(value -> !value.isBlank()).map(AdminService::base);
    }

    /**
     * The administrator, when the person is one and their account is not disabled.
     *
     * @throws NotAdministratorException for anyone else
     */
    @Transactional(readOnly = true)
    public Administrator check(PersonId person) {
        return people.findAccount(person)
                .filter(account -> account.admin() && !account.disabled())
                .map(account -> new Administrator(Optional.of(person)))
                .orElseThrow(NotAdministratorException::new);
    }

    /** Whether the person is the administrator, for a front end deciding what to show (never what to allow). */
    public boolean isAdmin(PersonId person) {
        return activity.seemsAdmin(person);
    }

    /** A command on the server's machine: whoever can open the database administers it. */
    public Administrator onThisMachine() {
        return new Administrator(Optional.empty());
    }

    @Transactional(readOnly = true)
    public List<Account> accounts(Administrator admin) {
        return people.accounts();
    }

    /** @throws NotFoundException for an unknown username */
    @Transactional(readOnly = true)
    public Account account(Administrator admin, String username) {
        return people.findAccount(username).orElseThrow(() -> new NotFoundException("account", "'" + username + "'"));
    }

    /** @throws NotFoundException for an unknown id */
    @Transactional(readOnly = true)
    public Account account(Administrator admin, PersonId id) {
        return people.findAccount(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    public RegistrationMode registration(Administrator admin) {
        return registration.mode();
    }

    public void changeRegistration(Administrator admin, RegistrationMode mode) {
        registration.change(mode);
    }

    /** A new invitation link, valid for {@code days} (1 to {@value Registration#MAX_INVITE_DAYS}). */
    public IssuedLink invite(Administrator admin, int days) {
        return registration.invite(days, admin.person());
    }

    public List<Invite> invites(Administrator admin) {
        return registration.invites();
    }

    public void revokeInvite(Administrator admin, long invite) {
        registration.revoke(invite);
    }

    /** A one-time link for the person to choose a new password; it replaces their unused ones. */
    public IssuedLink resetLink(Administrator admin, PersonId person) {
        return resetLinks.create(account(admin, person));
    }

    /**
     * Where a reset link for the person would be mailed: their reminder address, when this server
     * can send email; empty when it cannot.
     */
    public Optional<String> resetLinkAddress(Administrator admin, PersonId person) {
        if (email.unavailable().isPresent()) {
            return Optional.empty();
        }
        return reminders.settings(account(admin, person).id()).email();
    }

    /**
     * Makes a reset link and mails it to the person's reminder address.
     *
     * @param server the server's address as the front end knows it, used when {@code
     *     UNKNOT_PUBLIC_URL} is not set
     * @return the link, and the address it went to
     * @throws InvalidInputException naming {@code email} when the server cannot send email or the
     *     person has no address
     */
    public SentLink sendResetLink(Administrator admin, PersonId person, Optional<URI> server) {
        Optional<String> unavailable = email.unavailable();
        if (unavailable.isPresent()) {
            throw new InvalidInputException("email", unavailable.get());
        }
        Account account = account(admin, person);
        String to = reminders
                .settings(person)
                .email()
                .orElseThrow(() -> new InvalidInputException(
                        "email", account.username() + " has no email address; give them the link instead"));
        if (address("", server).isEmpty()) {
            throw new InvalidInputException("email", "this server does not know its address: set UNKNOT_PUBLIC_URL");
        }
        IssuedLink link = resetLinks.create(account);
        URI address = address(link.path(), server).orElseThrow();
        email.send(
                new ReminderSettings(Set.of(), Optional.of(to), Optional.empty(), Optional.empty()),
                new ReminderMessage(
                        "Unknot: choose a new password",
                        "The administrator of Unknot made this link for " + account.username()
                                + " to choose a new password. It works once, until "
                                + link.expires() + ". If you did not ask for it, ignore this message.",
                        Optional.of(address)));
        return new SentLink(link, to);
    }

    /** A reset link, and the address it was mailed to. */
    public record SentLink(IssuedLink link, String to) {}

    /**
     * Disables the account: it can no longer sign in, and its web sessions and API tokens are
     * refused. The last administrator who can sign in cannot be disabled.
     */
    @Transactional
    public Account disable(Administrator admin, PersonId person) {
        Account account = account(admin, person);
        if (account.admin()) {
            keepAnAdministrator(person, "disable");
        }
        rows.changeDisabled(person.value(), true);
        forgetAfterCommit(person);
        return account(admin, person);
    }

    @Transactional
    public Account enable(Administrator admin, PersonId person) {
        account(admin, person);
        rows.changeDisabled(person.value(), false);
        forgetAfterCommit(person);
        return account(admin, person);
    }

    /**
     * Deletes the account and everything of theirs: habits, check-ins, tokens, settings. The last
     * administrator who can sign in cannot be deleted.
     */
    @Transactional
    public void delete(Administrator admin, PersonId person) {
        Account account = account(admin, person);
        if (account.admin()) {
            keepAnAdministrator(person, "delete");
        }
        rows.deletePerson(person.value());
        forgetAfterCommit(person);
    }

    /** Makes the account an administrator too. */
    @Transactional
    public Account makeAdmin(Administrator admin, PersonId person) {
        account(admin, person);
        rows.makeAdmin(person.value());
        forgetAfterCommit(person);
        return account(admin, person);
    }

    /** Refuses when the person is the only administrator who can sign in; locks the administrators meanwhile. */
    private void keepAnAdministrator(PersonId person, String action) {
        List<Long> admins = rows.lockActiveAdmins();
        if (admins.stream().noneMatch(id -> id != person.value())) {
            throw new ConflictException("cannot " + action + " the last administrator; make another account "
                    + "administrator first ('unknot admin make-admin USER')");
        }
    }

    private void forgetAfterCommit(PersonId person) {
        activity.forget(person);
        transactions.whenEnded(committed -> activity.forget(person));
    }

    /**
     * The whole address of a link's path: under {@code UNKNOT_PUBLIC_URL} when it is set, else
     * under {@code server}, the address a front end knows; empty when neither is known.
     */
    public Optional<URI> address(String path, Optional<URI> server) {
        return publicAddress.or(() -> server.map(AdminService::base)).map(base -> base.resolve(path));
    }

    /** The address with a trailing slash, so that a link's path resolves under it. */
    private static URI base(String address) {
        String text = address.strip();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    private static URI base(URI address) {
        return base(address.toString());
    }
}
