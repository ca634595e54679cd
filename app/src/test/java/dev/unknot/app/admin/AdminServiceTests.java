package dev.unknot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.account.SignInRefusedException;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Account;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.app.token.TokenService;
import dev.unknot.core.habit.Habit;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every action of the administrator, on a real database, with mail to a GreenMail server started here. */
abstract class AdminServiceTests extends AppTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "right password";

    /** The tables that refer to a person and that {@link #fillWithData} puts rows in. */
    private static final Set<String> FILLED = Set.of(
            "person",
            "habit.person_id",
            "check_in.person_id",
            "habit_skip.person_id",
            "habit_pause.person_id",
            "habit_standing.person_id",
            "habit_reminder.person_id",
            "reminder_settings.person_id",
            "reminder_delivery.person_id",
            "access_token.person_id",
            "safety_screen.person_id",
            "password_reset.person_id",
            "invite.created_by");

    private GreenMail mail;
    private Person first;
    private Administrator admin;

    @Override
    protected Map<String, Object> moreProperties() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return Map.of(
                "unknot.smtp.url",
                "smtp://127.0.0.1:" + mail.getSmtp().getPort(),
                "unknot.mail.from",
                "unknot@example.org");
    }

    @BeforeAll
    void firstAccount() {
        assertThat(accounts().fresh()).isTrue();
        // The command line's own person is no account, and does not take the administrator's place.
        bean(PersonService.class).local();
        first = accounts().signUp("first", PASSWORD, PASSWORD, "10.1.0.1");
        admin = service().check(first.id());
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @BeforeEach
    void openRegistration() {
        service().changeRegistration(admin, RegistrationMode.OPEN);
    }

    private AdminService service() {
        return bean(AdminService.class);
    }

    private Accounts accounts() {
        return bean(Accounts.class);
    }

    private Person signUp(String prefix) {
        return accounts().signUp(unique(prefix), PASSWORD, PASSWORD, unique("10.2.0"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    private static String secret(IssuedLink link) {
        return link.path().substring(link.path().lastIndexOf(link.path().contains("=") ? '=' : '/') + 1);
    }

    @Test
    void theFirstAccountIsTheAdministratorAndNobodyElse() {
        Person second = signUp("second");

        assertThat(service().accounts(admin))
                .filteredOn(Account::admin)
                .extracting(Account::username)
                .containsExactly("first");
        assertThat(service().accounts(admin)).extracting(Account::username).doesNotContain("local");
        assertThat(service().isAdmin(first.id())).isTrue();
        assertThat(service().isAdmin(second.id())).isFalse();
        assertThatThrownBy(() -> service().check(second.id())).isInstanceOf(NotAdministratorException.class);
        assertThatThrownBy(
                        () -> service().check(bean(PersonService.class).local().id()))
                .isInstanceOf(NotAdministratorException.class);
    }

    @Test
    void theAccountListSaysWhenEachWasCreatedAndLastActive() {
        Person person = signUp("active");
        Account created = service().account(admin, person.id());
        assertThat(created.created()).isEqualTo(clock.instant());
        assertThat(created.lastActive()).contains(clock.instant());

        clock.advance(Duration.ofMinutes(30));
        accounts().signIn(person.username(), PASSWORD, "10.3.0.1");
        assertThat(service().account(admin, person.id()).lastActive()).contains(clock.instant());
    }

    @Test
    void registrationIsOpenByDefaultAndTheAdministratorsChoiceAfterwards() {
        assertThat(service().registration(admin))
                .isEqualTo(Registration.DEFAULT)
                .isEqualTo(RegistrationMode.OPEN);

        service().changeRegistration(admin, RegistrationMode.CLOSED);
        assertThat(service().registration(admin)).isEqualTo(RegistrationMode.CLOSED);
        assertThatThrownBy(() -> signUp("closed"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("This Unknot takes no new accounts. Ask its administrator.");
        // The one method that opens accounts, which sign-in through an identity provider uses too.
        assertThatThrownBy(() -> accounts().create(unique("provider"), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        IssuedLink invite = service().invite(admin, 7);
        assertThatThrownBy(() -> accounts()
                        .signUp(unique("invited"), PASSWORD, PASSWORD, "10.4.0.1", Optional.of(secret(invite))))
                .hasMessage("This Unknot takes no new accounts. Ask its administrator.");

        service().changeRegistration(admin, RegistrationMode.INVITE_ONLY);
        assertThat(accounts().signUpRefusal(Optional.empty()))
                .contains("This Unknot takes new accounts by invitation only. "
                        + "Ask its administrator for an invitation link.");
        assertThatThrownBy(() -> signUp("uninvited")).isInstanceOf(InvalidInputException.class);
        Person invited =
                accounts().signUp(unique("invited"), PASSWORD, PASSWORD, "10.4.0.2", Optional.of(secret(invite)));
        assertThat(invited.username()).startsWith("invited-");
    }

    @Test
    void anInvitationIsUsedOnceAndNotAfterItExpiresOrIsRevoked() {
        service().changeRegistration(admin, RegistrationMode.INVITE_ONLY);
        IssuedLink once = service().invite(admin, 7);
        assertThat(once.path()).matches("signup\\?invite=[A-Za-z0-9_-]{43}");
        assertThat(once.expires()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(service().invites(admin)).extracting(invite -> invite.id()).contains(once.id());

        accounts().signUp(unique("once"), PASSWORD, PASSWORD, "10.5.0.1", Optional.of(secret(once)));
        assertThatThrownBy(() ->
                        accounts().signUp(unique("twice"), PASSWORD, PASSWORD, "10.5.0.2", Optional.of(secret(once))))
                .hasMessage("This invitation link is not valid: it was used, revoked or mistyped. Ask for a new one.");
        assertThat(service().invites(admin)).extracting(invite -> invite.id()).doesNotContain(once.id());

        IssuedLink expiring = service().invite(admin, 1);
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> accounts()
                        .signUp(unique("late"), PASSWORD, PASSWORD, "10.5.0.3", Optional.of(secret(expiring))))
                .hasMessage("This invitation link has expired. Ask for a new one.");

        IssuedLink revoked = service().invite(admin, 7);
        service().revokeInvite(admin, revoked.id());
        assertThat(accounts().signUpRefusal(Optional.of(secret(revoked)))).isPresent();
        assertThatThrownBy(() -> service().revokeInvite(admin, revoked.id()))
                .hasMessageContaining("no open invitation");
        assertThat(accounts().signUpRefusal(Optional.of("mistyped"))).isPresent();
        assertThatThrownBy(() -> service().invite(admin, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service().invite(admin, 366)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceWithinADay() {
        Person person = signUp("forgetful");
        IssuedLink replaced = service().resetLink(admin, person.id());
        IssuedLink link = service().resetLink(admin, person.id());
        assertThat(link.path()).matches("reset/[A-Za-z0-9_-]{43}");
        assertThat(link.expires()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> accounts().resetPassword(secret(replaced), "new password", "new password"))
                .isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> accounts().resetPassword(secret(link), "short", "short"))
                .hasMessageContaining("at least");
        assertThat(accounts().resetPassword(secret(link), "new password", "new password"))
                .isEqualTo(person.username());
        assertThat(accounts()
                        .signIn(person.username(), "new password", "10.6.0.1")
                        .id())
                .isEqualTo(person.id());
        assertThatThrownBy(() -> accounts().resetPassword(secret(link), "third password", "third password"))
                .hasMessage("This link to choose a new password is not valid: it was used or mistyped. "
                        + "Ask for a new one.");

        IssuedLink late = service().resetLink(admin, person.id());
        clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> accounts().resetPassword(secret(late), "late password", "late password"))
                .hasMessage("This link to choose a new password has expired. Ask for a new one.");
    }

    @Test
    void aResetLinkIsMailedToThePersonsAddress() throws Exception {
        Person person = signUp("mailed");
        assertThat(service().resetLinkAddress(admin, person.id())).isEmpty();
        assertThatThrownBy(() -> service().sendResetLink(admin, person.id(), Optional.empty()))
                .hasMessageContaining("has no email address");
        bean(ReminderService.class)
                .changeSettings(
                        person.id(),
                        new ReminderSettings(
                                Set.of(), Optional.of("mailed@example.org"), Optional.empty(), Optional.empty()));

        AdminService.SentLink sent =
                service().sendResetLink(admin, person.id(), Optional.of(URI.create("https://unknot.example.org")));

        assertThat(sent.to()).isEqualTo("mailed@example.org");
        MimeMessage[] received = mail.getReceivedMessagesForDomain("mailed@example.org");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Unknot: choose a new password");
        assertThat((String) received[0].getContent())
                .contains("https://unknot.example.org/" + sent.link().path());
        assertThat(accounts().resetPassword(secret(sent.link()), "mailed password", "mailed password"))
                .isEqualTo(person.username());
    }

    @Test
    void aDisabledAccountCannotSignInNorUseItsTokensUntilEnabled() {
        Person person = signUp("disabled");
        String token = bean(TokenService.class).issue(person.id(), "script").secret();
        assertThat(bean(TokenService.class).authenticate(token)).contains(person.id());

        assertThat(service().disable(admin, person.id()).disabled()).isTrue();

        assertThatThrownBy(() -> accounts().signIn(person.username(), PASSWORD, "10.7.0.1"))
                .isInstanceOf(SignInRefusedException.class)
                .hasMessage(Accounts.DISABLED);
        // A wrong password is just wrong: nothing tells a guesser that the account exists.
        assertThatThrownBy(() -> accounts().signIn(person.username(), "wrong password", "10.7.0.2"))
                .hasMessage("Wrong username or password.");
        assertThat(bean(TokenService.class).authenticateFromMemory(token)).isEmpty();
        assertThat(bean(TokenService.class).authenticate(token)).isEmpty();

        service().enable(admin, person.id());
        assertThat(accounts().signIn(person.username(), PASSWORD, "10.7.0.3").id())
                .isEqualTo(person.id());
        assertThat(bean(TokenService.class).authenticate(token)).contains(person.id());
    }

    @Test
    void theLastAdministratorCannotBeDisabledNorDeleted() {
        // Other tests make administrators of their own: only the first stays.
        service().accounts(admin).stream()
                .filter(account -> account.admin() && !account.id().equals(first.id()))
                .forEach(account -> service().delete(admin, account.id()));
        assertThatThrownBy(() -> service().delete(admin, first.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("cannot delete the last administrator");
        assertThatThrownBy(() -> service().disable(admin, first.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("cannot disable the last administrator");

        Person second = signUp("second-admin");
        assertThat(service().makeAdmin(admin, second.id()).admin()).isTrue();
        Administrator other = service().check(second.id());
        service().disable(other, first.id());
        assertThatThrownBy(() -> service().check(first.id())).isInstanceOf(NotAdministratorException.class);
        assertThatThrownBy(() -> service().delete(other, second.id())).isInstanceOf(ConflictException.class);
        service().enable(other, first.id());
        service().delete(admin, second.id());
        assertThat(service().accounts(admin)).extracting(Account::username).doesNotContain(second.username());
    }

    @Test
    void deletingAnAccountRemovesEveryRowOfTheirsAndNobodyElses() throws SQLException {
        Person gone = signUp("gone");
        Person kept = signUp("kept");
        for (Person person : List.of(gone, kept)) {
            fillWithData(person);
        }
        Map<String, Long> goneBefore = rowsOf(gone.id());
        Map<String, Long> keptBefore = rowsOf(kept.id());
        // What fillWithData stores; a table added later is still counted after the deletion, filled or not.
        assertThat(goneBefore).containsKeys(FILLED.toArray(String[]::new));
        assertThat(goneBefore)
                .allSatisfy((table, rows) ->
                        assertThat(rows).as(table).isGreaterThanOrEqualTo(FILLED.contains(table) ? 1L : 0L));

        service().delete(admin, gone.id());

        assertThat(rowsOf(gone.id()))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsOf(kept.id())).isEqualTo(keptBefore);
        assertThat(bean(PersonService.class).findAccount(gone.username())).isEmpty();
        assertThatThrownBy(() -> accounts().signIn(gone.username(), PASSWORD, "10.8.0.1"))
                .hasMessage("Wrong username or password.");
    }

    @Test
    void accountsAreFoundByUsernameAndUnknownOnesAreNotFound() {
        Person person = signUp("Found");
        assertThat(service().account(admin, person.username().toUpperCase()).id())
                .isEqualTo(person.id());
        assertThatThrownBy(() -> service().account(admin, "nobody")).hasMessage("no account 'nobody'");
        assertThatThrownBy(() -> service().account(admin, "local")).hasMessage("no account 'local'");
        assertThatThrownBy(() -> service().resetLink(admin, new PersonId(987_654)))
                .hasMessage("no account 987654");
    }

    /** A habit, check-ins, a skip, reminders, a token, a safety screen, a reset link and an invitation made by them. */
    private void fillWithData(Person person) throws SQLException {
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        bean(CheckInService.class).record(person.id(), CheckInRequest.of(unique("c"), habit.id()));
        bean(HabitService.class).skip(person.id(), habit.id(), java.time.LocalDate.of(2025, 3, 12));
        bean(HabitService.class)
                .pause(
                        person.id(),
                        habit.id(),
                        new dev.unknot.core.calendar.DateRange(
                                java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2025, 4, 5)));
        try (Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                        .getConnection();
                PreparedStatement delivery = connection.prepareStatement("""
                        INSERT INTO reminder_delivery (person_id, habit_id, slot, channel, due_at, status, attempts,
                            updated_at)
                        VALUES (?, ?, '2025-03-10T09:00', 'EMAIL', CURRENT_TIMESTAMP, 'SENT', 1, CURRENT_TIMESTAMP)""")) {
            delivery.setLong(1, person.id().value());
            delivery.setLong(2, habit.id().value());
            delivery.executeUpdate();
        }
        bean(TokenService.class).issue(person.id(), "phone");
        bean(ReminderService.class).changeTimes(person.id(), habit.id(), ReminderService.parseTimes("09:00"));
        bean(ReminderService.class)
                .changeSettings(
                        person.id(),
                        new ReminderSettings(
                                Set.of(), Optional.of("someone@example.org"), Optional.empty(), Optional.empty()));
        bean(ReminderService.class).newCalendarSecret(person.id());
        bean(SafetyScreens.class).putOff(person.id());
        bean(dev.unknot.app.progress.ProgressService.class).report(person.id(), Optional.empty(), 4, 30);
        service().resetLink(admin, person.id());
        service().makeAdmin(admin, person.id());
        service().invite(service().check(person.id()), 7);
        bean(dev.unknot.store.person.PersonRepository.class)
                .changeDisabled(person.id().value(), false);
    }

    /** Rows per table that name the person: their own row and every column that refers to a person. */
    private Map<String, Long> rowsOf(PersonId person) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                .getConnection()) {
            counts.put("person", count(connection, "SELECT COUNT(*) FROM person WHERE id = ?", person));
            try (PreparedStatement columns = connection.prepareStatement("""
                            SELECT table_name, column_name FROM information_schema.columns
                            WHERE table_schema = CURRENT_SCHEMA AND column_name IN ('person_id', 'created_by')
                            ORDER BY table_name, column_name""");
                    ResultSet found = columns.executeQuery()) {
                while (found.next()) {
                    String table = found.getString(1).toLowerCase();
                    String column = found.getString(2).toLowerCase();
                    counts.put(
                            table + "." + column,
                            count(connection, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", person));
                }
            }
        }
        assertThat(counts).containsKeys("habit.person_id", "check_in.person_id", "access_token.person_id");
        return counts;
    }

    private static long count(Connection connection, String sql, PersonId person) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, person.value());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
