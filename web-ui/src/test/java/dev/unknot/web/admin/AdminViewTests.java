package dev.unknot.web.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.admin.AdminService;
import dev.unknot.app.person.Account;
import dev.unknot.app.person.PersonService;
import dev.unknot.web.account.AccountPages;
import dev.unknot.web.account.LoginView;
import dev.unknot.web.account.SignUpView;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.plugins.PluginsView;
import dev.unknot.web.testing.UnknotUi;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The administrator's page, and that nobody else reaches it. */
class AdminViewTests {

    /** A fresh database per test: its first account is the administrator. */
    @RegisterExtension
    static final UnknotUi ui = new UnknotUi().perTest();

    private AdminService admin() {
        return ui.bean(AdminService.class);
    }

    private Div card(String username) {
        return _find(Div.class, spec -> spec.withClasses("account-card")).stream()
                .filter(card -> username.equals(card.getElement().getAttribute("data-username")))
                .findFirst()
                .orElseThrow();
    }

    private Button button(Div card, String className) {
        return _get(card, Button.class, spec -> spec.withClasses(className));
    }

    private Account account(String username) {
        return ui.bean(PersonService.class).findAccount(username).orElseThrow();
    }

    @Test
    void theAdministratorSeesAccountsButNotTheirHabitsAndTheMenuItem() {
        ui.open("boss");
        ui.open("someone");
        ui.open("boss", "admin");

        assertThat(ui.currentView()).isInstanceOf(AdminView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("account-card")))
                .extracting(card -> card.getElement().getAttribute("data-username"))
                .containsExactly("boss", "someone");
        assertThat(_get(
                        card("boss"),
                        com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withText("Administrator")))
                .isNotNull();
        assertThat(_find(SideNavItem.class, spec -> spec.withClasses("admin-menu-item")))
                .hasSize(1);
    }

    @Test
    void someoneElseGetsPageNotFoundAndNoMenuItem() {
        ui.open("boss");
        ui.open("someone", "admin");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("account-card"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withClasses("admin-menu-item")))
                .isEmpty();

        ui.openSignedOut("admin");
        assertThat(ui.currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theRegistrationModeIsChosenAndSignUpObeysIt() {
        ui.open("boss", "admin");
        AdminView view = _get(AdminView.class);
        assertThat(view.registration.getValue()).isEqualTo(Registration.DEFAULT);

        view.registration.setValue(RegistrationMode.CLOSED);
        // A value set by the server is no choice of the administrator's: only a click changes it.
        assertThat(admin().registration(admin().onThisMachine())).isEqualTo(RegistrationMode.OPEN);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._fireValueChange(view.registration, true);

        assertThat(admin().registration(admin().onThisMachine())).isEqualTo(RegistrationMode.CLOSED);
        ui.openSignedOut("signup");
        assertThat(ui.currentView()).isInstanceOf(SignUpView.class);
        assertThat(AccountPages.signUpRefusal()).contains("This Unknot takes no new accounts. Ask its administrator.");
    }

    @Test
    void anInvitationLinkIsShownOnceListedRevokedAndOpensOneAccount() {
        ui.open("boss", "admin");
        admin().changeRegistration(admin().onThisMachine(), RegistrationMode.INVITE_ONLY);
        AdminView view = _get(AdminView.class);
        view.days.setValue(3);
        _click(view.invite);

        String link = _get(TextField.class, spec -> spec.withId("invite-link")).getValue();
        assertThat(link).matches(".*signup\\?invite=[A-Za-z0-9_-]{43}");
        assertThat(_find(view.invites, Div.class, spec -> spec.withClasses("invite-row")))
                .hasSize(1);

        String secret = link.substring(link.indexOf("invite=") + "invite=".length());
        ui.open();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("signup", com.vaadin.flow.router.QueryParameters.of(SignUpView.INVITE, secret));
        assertThat(AccountPages.signUpRefusal()).isEmpty();
        AccountPages.signUp("invited", "right password");
        assertThat(account("invited").admin()).isFalse();

        ui.open("boss", "admin");
        view = _get(AdminView.class);
        assertThat(_find(view.invites, Div.class, spec -> spec.withClasses("invite-row")))
                .isEmpty();
        _click(view.invite);
        _click(_get(view.invites, Button.class, spec -> spec.withClasses("revoke-invite")));
        assertThat(admin().invites(admin().onThisMachine())).isEmpty();
    }

    @Test
    void aResetLinkIsShownAndLetsThePersonChooseANewPassword() {
        ui.open("boss");
        ui.bean(Accounts.class).signUp("forgetful", "old password", "old password", "test");
        ui.open("boss", "admin");

        _click(button(card("forgetful"), "reset-link"));

        String link = _get(TextField.class, spec -> spec.withId("reset-link")).getValue();
        assertThat(link).matches(".*reset/[A-Za-z0-9_-]{43}");
        ui.openSignedOut(link.substring(link.indexOf("reset/")));
        AccountPages.choose("new password");
        assertThat(ui.bean(Accounts.class)
                        .signIn("forgetful", "new password", "elsewhere")
                        .username())
                .isEqualTo("forgetful");
    }

    @Test
    void disablingAsksFirstAndEnablingUndoesIt() {
        ui.open("boss");
        ui.open("someone");
        ui.open("boss", "admin");

        _click(button(card("someone"), "disable-account"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Disable someone?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(account("someone").disabled()).isTrue();
        _click(button(card("someone"), "enable-account"));
        assertThat(account("someone").disabled()).isFalse();
    }

    @Test
    void deletingAsksFirstAndTheLastAdministratorStays() {
        ui.open("boss");
        ui.open("someone");
        ui.open("boss", "admin");

        _click(button(card("someone"), "delete-account"));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(ui.bean(PersonService.class).findAccount("someone")).isPresent();

        _click(button(card("someone"), "delete-account"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(ui.bean(PersonService.class).findAccount("someone")).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("account-card"))).hasSize(1);

        _click(button(card("boss"), "delete-account"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(ui.bean(PersonService.class).findAccount("boss")).isPresent();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(notification -> assertThat(notification.hasClassName("error-notification"))
                        .isTrue());
    }

    @Test
    void pluginPathsAreShownToTheAdministratorAlone() {
        ui.open("boss", "plugins");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .contains(ui.home().toString());

        ui.open("someone", "plugins");
        assertThat(_get(PluginsView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(ui.home().toString())
                .isEqualTo("The administrator of this Unknot adds plugins.");
        assertThat(Optional.of(account("boss").admin())).contains(true);
    }
}
