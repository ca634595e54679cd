package dev.unknot.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.account.Accounts;
import dev.unknot.cli.Shell;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot admin ...} on the embedded database of a home with two web accounts. */
class AdminCommandTests {

    private static final String PASSWORD = "right password";

    @TempDir
    Path home;

    private Shell shell;

    @BeforeEach
    void twoAccounts() {
        try (ApplicationContext context = web()) {
            Accounts accounts = context.getBean(Accounts.class);
            accounts.signUp("alice", PASSWORD, PASSWORD, "10.0.0.1");
            accounts.signUp("bob", PASSWORD, PASSWORD, "10.0.0.2");
        }
        shell = Shell.withHome(home);
    }

    /** What the web server would open: the same home's database. */
    private ApplicationContext web() {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString()))
                .start();
    }

    @Test
    void accountsListsEveryAccountWithTheAdministratorAndAsJson() {
        Shell.Result listed = shell.unknot("admin", "accounts");
        Shell.Result json = shell.unknot("admin", "accounts", "--json");

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.outLines()).hasSize(3);
        assertThat(listed.outLines().get(0)).startsWith("alice  created ").endsWith("  administrator");
        assertThat(listed.outLines().get(1)).startsWith("bob  created ").doesNotContain("administrator");
        assertThat(listed.outLines().get(2)).isEqualTo("Registration: open.");
        assertThat(json.exitCode()).isZero();
        assertThat(Shell.fieldNames(json.json().get("accounts").get(0)))
                .containsExactly("id", "username", "created", "lastActive", "admin", "disabled");
        assertThat(Shell.strings(json.json().get("accounts"), "username")).containsExactly("alice", "bob");
    }

    @Test
    void registrationIsShownAndSetAndABadModeIsExit2() {
        assertThat(shell.unknot("admin", "registration").out()).isEqualTo("Registration: open.\n");
        assertThat(shell.unknot("admin", "registration", "invite-only").out())
                .isEqualTo("Registration: invite-only.\n");

        Shell.Result bad = shell.unknot("admin", "registration", "sometimes");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .isEqualTo("unknot: registration must be one of open, invite-only, closed, was 'sometimes'\n");
        try (ApplicationContext context = web()) {
            assertThat(context.getBean(Accounts.class).signUpRefusal(Optional.empty()))
                    .contains("This Unknot takes new accounts by invitation only. "
                            + "Ask its administrator for an invitation link.");
        }
    }

    @Test
    void anInvitationFromTheCommandLineOpensOneAccount() {
        shell.unknot("admin", "registration", "invite-only");

        Shell.Result invite = shell.unknot("admin", "invite", "--days", "2");

        assertThat(invite.exitCode()).as(invite.toString()).isZero();
        assertThat(invite.outLines().get(0)).matches("/signup\\?invite=[A-Za-z0-9_-]{43}");
        assertThat(invite.outLines().get(1)).startsWith("Valid once, until ");
        String secret = invite.outLines().get(0).substring("/signup?invite=".length());
        try (ApplicationContext context = web()) {
            Accounts accounts = context.getBean(Accounts.class);
            accounts.signUp("carol", PASSWORD, PASSWORD, "10.0.0.3", Optional.of(secret));
            assertThat(accounts.signUpRefusal(Optional.of(secret))).isPresent();
        }
        assertThat(shell.unknot("admin", "invite", "--days", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void aResetLinkSetsANewPassword() {
        Shell.Result link = shell.unknot("admin", "reset-link", "bob");

        assertThat(link.exitCode()).as(link.toString()).isZero();
        assertThat(link.outLines().get(0)).matches("/reset/[A-Za-z0-9_-]{43}");
        try (ApplicationContext context = web()) {
            Accounts accounts = context.getBean(Accounts.class);
            accounts.resetPassword(
                    link.outLines().get(0).substring("/reset/".length()), "new password", "new password");
            assertThat(accounts.signIn("bob", "new password", "10.0.0.4").username())
                    .isEqualTo("bob");
        }
        Shell.Result nobody = shell.unknot("admin", "reset-link", "nobody");
        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).isEqualTo("unknot: no account 'nobody'\n");
    }

    @Test
    void disableEnableAndMakeAdmin() {
        assertThat(shell.unknot("admin", "disable", "bob").out()).isEqualTo("Disabled bob.\n");
        try (ApplicationContext context = web()) {
            Accounts accounts = context.getBean(Accounts.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.signIn("bob", PASSWORD, "10.0.0.5"))
                    .hasMessage(Accounts.DISABLED);
        }
        assertThat(shell.unknot("admin", "enable", "bob").out()).isEqualTo("Enabled bob.\n");
        assertThat(shell.unknot("admin", "make-admin", "bob").out()).isEqualTo("bob is an administrator.\n");
        assertThat(shell.unknot("admin", "disable", "alice").exitCode()).isZero();
        Shell.Result last = shell.unknot("admin", "disable", "bob");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).startsWith("unknot: cannot disable the last administrator");
    }

    @Test
    void deleteAsksOrWantsYesAndRefusesTheLastAdministrator() {
        Shell.Result unasked = shell.unknot("admin", "delete", "bob");
        assertThat(unasked.exitCode()).isEqualTo(2);
        assertThat(unasked.err()).contains("add --yes");
        assertThat(shell.unknot("admin", "accounts").out()).contains("bob");

        Shell.Result deleted = shell.unknot("admin", "delete", "bob", "--yes");
        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted bob and all their data.\n");
        assertThat(shell.unknot("admin", "accounts").out()).doesNotContain("bob");

        Shell.Result last = shell.unknot("admin", "delete", "alice", "--yes");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).startsWith("unknot: cannot delete the last administrator");
    }

    @Test
    void adminWithoutASubcommandIsUsageAndItsHelpListsThem() {
        Shell.Result bare = shell.unknot("admin");
        Shell.Result help = shell.unknot("admin", "--help");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err())
                .isEqualTo("unknot: missing subcommand: accounts, registration, invite, reset-link, disable, enable, "
                        + "delete or make-admin; run 'unknot admin --help' for usage\n");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .startsWith("Usage: unknot admin")
                .contains(
                        "accounts",
                        "registration",
                        "invite",
                        "reset-link",
                        "disable",
                        "enable",
                        "delete",
                        "make-admin");
        assertThat(shell.unknot("--help").out()).contains("admin");
    }
}
