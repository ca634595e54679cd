package dev.unknot.web.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.account.LoginThrottle;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.web.library.LibraryView;
import dev.unknot.web.progress.HabitProgressView;
import dev.unknot.web.session.SignedIn;
import dev.unknot.web.testing.UnknotUi;
import dev.unknot.web.today.TodayView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountViewTests {

    /** A fresh install for each test: the first visit to one offers the first account. */
    @RegisterExtension
    static final UnknotUi ui = new UnknotUi().perTest();

    @BeforeEach
    void openUi() {
        ui.open();
    }

    @Test
    void firstVisitOnAFreshInstallOffersTheFirstAccount() {
        ui.navigate("");

        assertThat(ui.currentView()).isInstanceOf(SignUpView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("lead")).getText())
                .contains("create the first account");
    }

    @Test
    void signingUpSignsInAndOpensToday() {
        ui.navigate("signup");
        signUp("ada", "correct horse", "correct horse");

        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
        assertThat(SignedIn.current())
                .hasValueSatisfying(signedIn -> assertThat(signedIn.username()).isEqualTo("ada"));
        String hash =
                ui.bean(PersonService.class).credentials("ada").orElseThrow().passwordHash();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("correct horse");
    }

    @Test
    void signUpSaysWhatIsWrong() {
        ui.navigate("signup");

        signUp("ada", "short", "short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).getErrorMessage())
                .contains("at least 8");

        signUp("ada", "long enough", "different!");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeated")).getErrorMessage())
                .contains("differ");

        signUp("semi;colon", "long enough", "long enough");
        assertThat(_get(TextField.class, spec -> spec.withId("username")).isInvalid())
                .isTrue();
        assertThat(SignedIn.current()).isEmpty();
    }

    @Test
    void takenUsernameIsRefused() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        ui.navigate("signup");

        signUp("ADA", "second password", "second password");

        assertThat(_get(TextField.class, spec -> spec.withId("username")).getErrorMessage())
                .contains("taken");
        assertThat(SignedIn.current()).isEmpty();
    }

    @Test
    void privatePagesNeedASignIn() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");

        ui.navigate("");
        assertThat(ui.currentView()).isInstanceOf(LoginView.class);

        ui.navigate("library");
        assertThat(ui.currentView()).isInstanceOf(LibraryView.class);
    }

    @Test
    void signingInFromTheSignInPageItselfOpensToday() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        ui.navigate("login");

        signIn("ada", "first password");

        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
    }

    @Test
    void signInWithTheRightPasswordOnly() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        ui.navigate("login");

        signIn("ada", "wrong password");
        assertThat(ui.currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Wrong username or password.");

        signIn("nobody", "first password");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Wrong username or password.");

        signIn("Ada", "first password");
        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
    }

    @Test
    void tooManyFailuresBlockEvenTheRightPassword() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        ui.navigate("login");
        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            signIn("ada", "guess " + attempt);
        }

        signIn("ada", "first password");

        assertThat(ui.currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .startsWith("Too many failed attempts. Try again in 15 minutes.");
        assertThat(SignedIn.current()).isEmpty();
    }

    @Test
    void signingInOpensThePageAskedFor() {
        Person ada = ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        Habit habit = ui.bean(HabitService.class).create(ada.id(), NewHabit.custom("Walk"));

        ui.navigate("progress/" + habit.id().value());
        assertThat(ui.currentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("login?to=progress%2F" + habit.id().value());

        signIn("ada", "first password");

        assertThat(ui.currentView()).isInstanceOf(HabitProgressView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("progress/" + habit.id().value());
    }

    @Test
    void signInLeadsOnlyToUnknotsOwnPages() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");

        UI.getCurrent().navigate("login", QueryParameters.of("to", "https://evil.example/"));
        signIn("ada", "first password");

        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
    }

    @Test
    void onlyLocalAddressesAreTargets() {
        assertThat(AccountForms.target("progress/3")).isEqualTo("progress/3");
        assertThat(AccountForms.target("routine/stretching/four-stretch-release?habit=3"))
                .isEqualTo("routine/stretching/four-stretch-release?habit=3");
        assertThat(AccountForms.target("settings")).isEqualTo("settings");
        for (String foreign : new String[] {
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "\\evil.example",
            "javascript:alert(1)",
            "progress/../../x",
            "progress//x",
            "login",
            "login?to=x",
            "signup",
            "logout",
            "",
            " progress",
            "progress\nx",
            null
        }) {
            assertThat(AccountForms.target(foreign)).as(String.valueOf(foreign)).isEmpty();
        }
    }

    @Test
    void logOutForgetsThePerson() {
        ui.bean(Accounts.class).signUp("ada", "first password", "first password", "test");
        ui.navigate("login");
        signIn("ada", "first password");

        _click(_get(Button.class, spec -> spec.withId("log-out")));

        assertThat(SignedIn.current()).isEmpty();
    }

    static void signUp(String username, String password, String repeated) {
        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeated")), repeated);
        _click(_get(Button.class, spec -> spec.withId("create-account")));
    }

    static void signIn(String username, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _click(_get(Button.class, spec -> spec.withId("sign-in")));
    }
}
