package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.person.PersonService;
import dev.unknot.web.session.SignedIn;
import dev.unknot.web.testing.UnknotUi;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The password section of Settings, on the real account service: Argon2id hashes, the sign-in limit. */
class PasswordSectionTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** A context per test: failed attempts count per address too, and every test comes from the same one. */
    @RegisterExtension
    static final UnknotUi ui = new UnknotUi().perTest();

    /** Opens an account with {@code password}, signs it in and opens Settings; returns the username. */
    String signedInWith(String password) {
        String username = "password." + PEOPLE.incrementAndGet();
        ui.bean(Accounts.class).signUp(username, password, password, "test");
        ui.open(username, "settings");
        return username;
    }

    PasswordSection section() {
        return _get(PasswordSection.class);
    }

    void change(String current, String replacement, String repeated) {
        PasswordSection section = section();
        section.current.setValue(current);
        section.replacement.setValue(replacement);
        section.repeated.setValue(repeated);
        _click(section.change);
    }

    String hashOf(String username) {
        return ui.bean(PersonService.class).credentials(username).orElseThrow().passwordHash();
    }

    boolean signsInWith(String username, String password) {
        try {
            // From the address the section's requests come from: the limits count per address.
            com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
            String address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
            ui.bean(Accounts.class).signIn(username, password, address);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void settingsShowTheSection() {
        signedInWith("first password");

        assertThat(section().current.getId()).contains("current-password");
        assertThat(ui.currentView()).isInstanceOf(SettingsView.class);
    }

    @Test
    void theRightCurrentPasswordChangesItAndKeepsTheSession() {
        String username = signedInWith("first password");
        String before = hashOf(username);

        change("first password", "second password", "second password");

        assertThat(hashOf(username))
                .startsWith("$argon2id$")
                .isNotEqualTo(before)
                .doesNotContain("second password");
        assertThat(SignedIn.current())
                .hasValueSatisfying(signedIn -> assertThat(signedIn.username()).isEqualTo(username));
        NotificationsKt.expectNotifications("Password changed.");
        assertThat(section().current.getValue()).isEmpty();
        assertThat(signsInWith(username, "second password")).isTrue();
        assertThat(signsInWith(username, "first password")).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        String username = signedInWith("first password");
        String before = hashOf(username);

        change("not my password", "second password", "second password");

        assertThat(section().current.isInvalid()).isTrue();
        assertThat(section().current.getErrorMessage()).isEqualTo("The current password is wrong.");
        assertThat(hashOf(username)).isEqualTo(before);
        assertThat(SignedIn.current()).isPresent();
    }

    @Test
    void wrongCurrentPasswordsCountAgainstTheSignInLimit() {
        String username = signedInWith("first password");
        for (int attempt = 0; attempt < 5; attempt++) {
            change("guess " + attempt, "second password", "second password");
        }

        change("first password", "second password", "second password");

        assertThat(section().current.getErrorMessage()).startsWith("Too many failed attempts.");
        assertThat(signsInWith(username, "first password"))
                .as("signing in is blocked too")
                .isFalse();
        assertThat(signsInWith(username, "second password")).isFalse();
    }

    @Test
    void aTooShortOrMistypedNewPasswordIsRefused() {
        String username = signedInWith("first password");
        String before = hashOf(username);

        change("first password", "short", "short");
        assertThat(section().replacement.isInvalid()).isTrue();
        assertThat(section().replacement.getErrorMessage()).isEqualTo("The password needs at least 8 characters.");

        change("first password", "second password", "second passwort");
        assertThat(section().repeated.isInvalid()).isTrue();
        assertThat(section().repeated.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(hashOf(username)).isEqualTo(before);
    }
}
