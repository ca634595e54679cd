package dev.unknot.cli.admin;

import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.admin.AdminDocuments;
import dev.unknot.app.admin.AdminService;
import dev.unknot.app.admin.Administrator;
import dev.unknot.app.person.Account;
import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.admin.AccountList;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot admin ...}: the administrator's actions on the database this machine opens
 * (the embedded one in {@code UNKNOT_HOME}, or {@code UNKNOT_DATABASE_URL}), for when the web UI
 * is the problem. Whoever can open the database may; no sign-in is asked.
 */
@Command(
        name = "admin",
        description = {
            "Administer the accounts of the server whose database this machine opens:",
            "for when the web UI is the problem. Never asks for a sign-in."
        },
        subcommands = {
            AdminCommand.Accounts.class,
            AdminCommand.RegistrationCommand.class,
            AdminCommand.Invite.class,
            AdminCommand.ResetLink.class,
            AdminCommand.Disable.class,
            AdminCommand.Enable.class,
            AdminCommand.Delete.class,
            AdminCommand.MakeAdmin.class
        })
@Prototype
public final class AdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "Missing subcommand: accounts, registration, invite, reset-link, disable, enable, delete or make-admin");
    }

    /** A link's whole address when the server's is known, else its path. */
    static String shown(AdminService admin, IssuedLink link) {
        return admin.address(link.path(), Optional.empty()).map(URI::toString).orElse("/" + link.path());
    }

    @Command(name = "accounts", description = "List every account: created, last active, administrator, disabled.")
    @Prototype
    static final class Accounts implements Callable<Integer> {

        /** Looked up when the command runs: {@code --help} opens no database. */
        private final BeanProvider<AdminService> admins;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        Accounts(BeanProvider<AdminService> admins) {
            this.admins = admins;
        }

        @Override
        public Integer call() {
            AdminService admin = admins.get();
            Administrator administrator = admin.onThisMachine();
            var accounts = admin.accounts(administrator);
            if (json.enabled()) {
                json.print(
                        spec,
                        new AccountList(
                                accounts.stream().map(AdminDocuments::entry).toList()));
                return UnknotCli.OK;
            }
            Output output = Output.of(spec);
            if (accounts.isEmpty()) {
                output.line("No accounts yet: the first one created on the web becomes the administrator.");
                return UnknotCli.OK;
            }
            for (Account account : accounts) {
                String marks = (account.admin() ? "  administrator" : "") + (account.disabled() ? "  DISABLED" : "");
                output.line(account.username() + "  created " + day(account.created()) + "  last active "
                        + account.lastActive().map(Accounts::day).orElse("never") + marks);
            }
            output.line("Registration: " + admin.registration(administrator).text() + ".");
            return UnknotCli.OK;
        }

        private static String day(Instant instant) {
            return instant.toString().substring(0, 10);
        }
    }

    @Command(
            name = "registration",
            description = {"Show who may create an account, or set it: open, invite-only or closed."})
    @Prototype
    static final class RegistrationCommand implements Callable<Integer> {

        /** Looked up when the command runs: {@code --help} opens no database. */
        private final BeanProvider<AdminService> admins;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "MODE", description = "open, invite-only or closed.")
        String mode;

        RegistrationCommand(BeanProvider<AdminService> admins) {
            this.admins = admins;
        }

        @Override
        public Integer call() {
            AdminService admin = admins.get();
            Administrator administrator = admin.onThisMachine();
            if (mode != null) {
                admin.changeRegistration(administrator, RegistrationMode.parse(mode));
            }
            Output.of(spec)
                    .line("Registration: " + admin.registration(administrator).text() + ".");
            return UnknotCli.OK;
        }
    }

    @Command(name = "invite", description = "Make an invitation link: one account, once, until it expires.")
    @Prototype
    static final class Invite implements Callable<Integer> {

        /** Looked up when the command runs: {@code --help} opens no database. */
        private final BeanProvider<AdminService> admins;

        @Spec
        CommandSpec spec;

        @Option(names = "--days", paramLabel = "N", description = "How long the link is valid (1 to 365, default 7).")
        Integer days;

        Invite(BeanProvider<AdminService> admins) {
            this.admins = admins;
        }

        @Override
        public Integer call() {
            AdminService admin = admins.get();
            int valid = days == null ? (int) Registration.INVITE_VALID_FOR.toDays() : days;
            IssuedLink link = admin.invite(admin.onThisMachine(), valid);
            Output output = Output.of(spec);
            output.line(shown(admin, link));
            output.line("Valid once, until " + link.expires() + " (invitation " + link.id() + ").");
            return UnknotCli.OK;
        }
    }

    /**
     * An action on one account named by USER: finds the administrator (whoever runs this) and the
     * account, then does what the subcommand does.
     */
    abstract static class OnAccount implements Callable<Integer> {

        /** Looked up when the command runs: {@code --help} opens no database. */
        private final BeanProvider<AdminService> admins;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER", description = "The account's username.")
        String user;

        OnAccount(BeanProvider<AdminService> admins) {
            this.admins = admins;
        }

        @Override
        public Integer call() {
            AdminService admin = admins.get();
            Administrator administrator = admin.onThisMachine();
            act(admin, administrator, admin.account(administrator, user), Output.of(spec));
            return UnknotCli.OK;
        }

        abstract void act(AdminService admin, Administrator administrator, Account account, Output output);
    }

    @Command(name = "reset-link", description = "Make a one-time link (24 hours) for USER to choose a new password.")
    @Prototype
    static final class ResetLink extends OnAccount {

        ResetLink(BeanProvider<AdminService> admins) {
            super(admins);
        }

        @Override
        void act(AdminService admin, Administrator administrator, Account account, Output output) {
            IssuedLink link = admin.resetLink(administrator, account.id());
            output.line(shown(admin, link));
            output.line("Valid once, until " + link.expires() + ".");
        }
    }

    @Command(name = "disable", description = "Disable USER: no sign-in; their sessions and API tokens are refused.")
    @Prototype
    static final class Disable extends OnAccount {

        Disable(BeanProvider<AdminService> admins) {
            super(admins);
        }

        @Override
        void act(AdminService admin, Administrator administrator, Account account, Output output) {
            output.line("Disabled " + admin.disable(administrator, account.id()).username() + ".");
        }
    }

    @Command(name = "enable", description = "Enable USER again.")
    @Prototype
    static final class Enable extends OnAccount {

        Enable(BeanProvider<AdminService> admins) {
            super(admins);
        }

        @Override
        void act(AdminService admin, Administrator administrator, Account account, Output output) {
            output.line("Enabled " + admin.enable(administrator, account.id()).username() + ".");
        }
    }

    @Command(
            name = "delete",
            description = {"Delete USER and all their data. Asks first (--yes does not ask)."})
    @Prototype
    static final class Delete extends OnAccount {

        @Option(names = "--yes", description = "Do not ask (for scripts).")
        boolean yes;

        Delete(BeanProvider<AdminService> admins) {
            super(admins);
        }

        @Override
        void act(AdminService admin, Administrator administrator, Account account, Output output) {
            if (!yes && !Prompt.interactive()) {
                throw new UsageProblem(
                        "deleting " + account.username() + " deletes all their data, and there is no terminal to ask",
                        "add --yes to go ahead");
            }
            if (!yes) {
                Optional<String> answer = Prompt.ask(
                        spec.commandLine().getOut(),
                        "Delete " + account.username() + " and all their data for good? [y/N] ");
                if (answer.isEmpty() || !answer.get().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    output.line("Nothing deleted.");
                    return;
                }
            }
            admin.delete(administrator, account.id());
            output.line("Deleted " + account.username() + " and all their data.");
        }
    }

    @Command(name = "make-admin", description = "Make USER an administrator too.")
    @Prototype
    static final class MakeAdmin extends OnAccount {

        MakeAdmin(BeanProvider<AdminService> admins) {
            super(admins);
        }

        @Override
        void act(AdminService admin, Administrator administrator, Account account, Output output) {
            output.line(admin.makeAdmin(administrator, account.id()).username() + " is an administrator.");
        }
    }
}
