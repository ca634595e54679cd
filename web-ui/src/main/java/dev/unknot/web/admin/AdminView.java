package dev.unknot.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.unknot.app.account.Invite;
import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.admin.AdminService;
import dev.unknot.app.admin.Administrator;
import dev.unknot.app.admin.NotAdministratorException;
import dev.unknot.app.person.Account;
import dev.unknot.app.reminder.ReminderSender;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.TrackerException;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The administrator's page: the accounts (never their habits), who may open one, invitation
 * links, reset links, and disabling or deleting an account. Anyone else who opens its address gets
 * the page-not-found answer, as for any address that shows them nothing.
 */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration · Unknot")
@Prototype
public class AdminView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final AdminService admin;
    private final Clock clock;
    private final ZoneId zone;
    private final Optional<URI> server;
    final RadioButtonGroup<RegistrationMode> registration = new RadioButtonGroup<>("Who may create an account");
    final IntegerField days = new IntegerField("Valid for (days)");
    final Button invite = new Button("Create invitation link");
    final Div issued = new Div();
    final Div invites = new Div();
    final Div accounts = new Div();
    private Administrator administrator;

    public AdminView(AdminService admin, Clock clock, dev.unknot.app.person.PersonService people) {
        this.admin = admin;
        this.clock = clock;
        this.zone = SignedIn.current()
                .map(signedIn -> people.get(signedIn.personId()).calendar().zone())
                .orElse(clock.getZone());
        this.server = serverAddress();
        addClassNames("page", "admin-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            administrator = admin.check(SignedIn.person());
        } catch (NotAdministratorException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (getChildren().findAny().isEmpty()) {
            build();
        }
    }

    private void build() {
        Paragraph lead = new Paragraph("The accounts on this Unknot and who may create one. "
                + "You see when each account was created and last active, never its habits.");
        lead.addClassName("lead");
        add(new H1("Administration"), lead, registrationSection(), invitesSection(), accountsSection());
        showInvites();
        showAccounts();
    }

    private Component registrationSection() {
        registration.setId("registration");
        registration.setItems(RegistrationMode.values());
        registration.setItemLabelGenerator(mode -> switch (mode) {
            case OPEN -> "Anyone (open)";
            case INVITE_ONLY -> "Only people with an invitation link (invite-only)";
            case CLOSED -> "Nobody (closed)";
        });
        registration.setValue(admin.registration(administrator));
        registration.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                admin.changeRegistration(administrator, change.getValue());
                Notification.show(
                        "New accounts: " + change.getValue().text() + ".", 3000, Notification.Position.BOTTOM_CENTER);
            }
        });
        Section section = section("Registration", "admin-registration");
        section.add(registration);
        return section;
    }

    private Component invitesSection() {
        days.setId("invite-days");
        days.setMin(1);
        days.setMax(Registration.MAX_INVITE_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue((int) Registration.INVITE_VALID_FOR.toDays());
        invite.setId("create-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> createInvite());
        Div form = new Div(days, invite);
        form.addClassName("token-form");
        issued.addClassName("issued-token");
        issued.setVisible(false);
        invites.setId("invites");
        Section section = section("Invitations", "admin-invites");
        section.add(
                new Paragraph("An invitation link opens one account, once, until it expires, "
                        + "whatever the registration mode (except closed)."),
                form,
                issued,
                invites);
        return section;
    }

    private Component accountsSection() {
        accounts.setId("accounts");
        accounts.addClassNames("cards", "account-cards");
        Section section = section("Accounts", "admin-accounts");
        section.add(accounts);
        return section;
    }

    void createInvite() {
        days.setInvalid(false);
        try {
            int valid = days.getValue() == null ? -1 : days.getValue();
            showLink("New invitation link", "invite-link", admin.invite(administrator, valid), Optional.empty());
            showInvites();
        } catch (InvalidInputException e) {
            days.setErrorMessage(e.getMessage());
            days.setInvalid(true);
        }
    }

    void showInvites() {
        invites.removeAll();
        Instant now = clock.instant();
        for (Invite open : admin.invites(administrator)) {
            Span what = new Span((open.expired(now) ? "Expired " : "Expires ") + when(open.expires()) + " · made "
                    + when(open.created()));
            Button revoke = new Button("Revoke", click -> {
                act(() -> admin.revokeInvite(administrator, open.id()));
                showInvites();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.addClassName("revoke-invite");
            Div row = new Div(what, revoke);
            row.addClassNames("token-row", "invite-row");
            invites.add(row);
        }
        if (admin.invites(administrator).isEmpty()) {
            invites.add(new Paragraph("No open invitations."));
        }
    }

    void showAccounts() {
        accounts.removeAll();
        for (Account account : admin.accounts(administrator)) {
            accounts.add(card(account));
        }
    }

    private Component card(Account account) {
        Div card = new Div();
        card.addClassNames("card", "account-card");
        card.getElement().setAttribute("data-username", account.username());
        H3 name = new H3(account.username());
        name.addClassName("card-title");
        Div tags = new Div();
        tags.addClassName("tags");
        if (account.admin()) {
            tags.add(tag("Administrator", "tag-primary"));
        }
        if (account.disabled()) {
            tags.add(tag("Disabled", "tag-warning"));
        }
        Div heading = new Div(name, tags);
        heading.addClassName("card-heading");
        Paragraph facts = new Paragraph("Created " + when(account.created()) + " · last active "
                + account.lastActive().map(this::when).orElse("never"));
        facts.addClassName("card-text");

        Button reset = new Button("Reset link", click -> resetLink(account));
        reset.addClassName("reset-link");
        Button disable = account.disabled()
                ? new Button("Enable", click -> {
                    act(() -> admin.enable(administrator, account.id()));
                    showAccounts();
                })
                : new Button(
                        "Disable",
                        click -> confirm(
                                "Disable " + account.username() + "?",
                                account.username() + " will not be able to sign in, and their open sessions and API "
                                        + "tokens stop working. You can enable the account again later.",
                                "Disable",
                                () -> admin.disable(administrator, account.id())));
        disable.addClassName(account.disabled() ? "enable-account" : "disable-account");
        Button delete = new Button(
                "Delete",
                click -> confirm(
                        "Delete " + account.username() + " and all their data?",
                        "Their habits, check-ins, reminders and tokens are deleted for good. "
                                + "This cannot be undone.",
                        "Delete",
                        () -> admin.delete(administrator, account.id())));
        delete.addClassName("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(reset, disable, delete);
        actions.addClassName("account-actions");
        card.add(heading, facts, actions);
        return card;
    }

    private void resetLink(Account account) {
        act(() -> {
            IssuedLink link = admin.resetLink(administrator, account.id());
            showLink("Reset link for " + account.username(), "reset-link", link, Optional.of(account));
        });
    }

    private void confirm(String header, String text, String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            act(confirmed);
            showAccounts();
        });
        dialog.addClassName("admin-confirm");
        dialog.open();
    }

    /** Shows a link just made, once, with a way to copy it and, for a reset link, to mail it. */
    private void showLink(String heading, String id, IssuedLink link, Optional<Account> resetFor) {
        TextField field = new TextField();
        field.setValue(admin.address(link.path(), server).map(URI::toString).orElse("/" + link.path()));
        field.setReadOnly(true);
        field.setId(id);
        field.addClassName("token-secret");
        field.setHelperText("Works once, until " + when(link.expires()) + ". You will not see it again.");
        Button copy = new Button(
                "Copy",
                click -> field.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText(this.value)"
                                + ".then(() => this.helperText = 'Copied.', () => this.inputElement.select())"));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClassName("copy-link");
        Div row = new Div(field, copy);
        row.addClassName("token-secret-row");
        Button done = new Button("Done", click -> {
            issued.removeAll();
            issued.setVisible(false);
        });
        done.addClassName("dismiss-link");
        issued.removeAll();
        issued.add(new H4(heading), row);
        resetFor.ifPresent(account -> admin.resetLinkAddress(administrator, account.id())
                .ifPresent(address -> {
                    Button send = new Button(
                            "Send a new link to " + address,
                            click -> act(() -> {
                                admin.sendResetLink(administrator, account.id(), server);
                                issued.removeAll();
                                issued.setVisible(false);
                                Notification.show(
                                        "Sent to " + address + ".", 3000, Notification.Position.BOTTOM_CENTER);
                            }));
                    send.addClassName("send-reset-link");
                    issued.add(send);
                }));
        issued.add(done);
        issued.setVisible(true);
        issued.scrollIntoView();
    }

    /** Runs an action, saying in a notice why it was refused (the last administrator, a mail server down). */
    private static void act(Runnable action) {
        try {
            action.run();
        } catch (TrackerException | ReminderSender.SendFailedException e) {
            FieldErrors.notice(e.getMessage());
        }
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private static Span tag(String text, String kind) {
        Span tag = new Span(text);
        tag.addClassNames("tag", kind);
        return tag;
    }

    private static Section section(String heading, String className) {
        Section section = new Section(new H2(heading));
        section.addClassName(className);
        return section;
    }

    /** This server's address as the browser reached it, for whole links when UNKNOT_PUBLIC_URL is not set. */
    private static Optional<URI> serverAddress() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            try {
                return Optional.of(URI.create(http.getScheme() + "://" + http.getServerName() + ":"
                        + http.getServerPort() + http.getContextPath() + "/"));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
