package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import dev.unknot.app.person.Person;
import dev.unknot.app.token.AccessToken;
import dev.unknot.app.token.IssuedToken;
import dev.unknot.app.token.TokenService;
import dev.unknot.web.testing.UnknotUi;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessTokensSectionTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    AccessTokensSection open(String username) {
        ui.open(username);
        return reopen();
    }

    /** Navigates to Settings again in the same session, as a reload would. */
    AccessTokensSection reopen() {
        ui.navigate("");
        ui.navigate("settings");
        return _get(AccessTokensSection.class);
    }

    TokenService tokens() {
        return ui.bean(TokenService.class);
    }

    static List<String> tokenNames() {
        return _find(Span.class, spec -> spec.withClasses("token-name")).stream()
                .map(Span::getText)
                .toList();
    }

    /** Every text and field value on the page, to look for a secret in. */
    static String everythingOnScreen() {
        return textOf(UI.getCurrent());
    }

    static String textOf(Component root) {
        StringBuilder text = new StringBuilder();
        descendants(root).forEach(component -> {
            text.append(component.getElement().getText()).append('\n');
            if (component instanceof HasValue<?, ?> field && field.getValue() != null) {
                text.append(field.getValue()).append('\n');
            }
        });
        return text.toString();
    }

    static Stream<Component> descendants(Component component) {
        return Stream.concat(
                Stream.of(component), component.getChildren().flatMap(AccessTokensSectionTests::descendants));
    }

    @Test
    void createdTokenShowsItsSecretOnceAndThenOnlyItsName() {
        AccessTokensSection section = open("tokens.ada");
        Person ada = ui.account("tokens.ada");
        assertThat(_get(section, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("no-tokens"))
                        .getText())
                .isEqualTo("You have no access tokens.");

        _setValue(section.name, "laptop CLI");
        _click(section.create);

        String secret = section.shownSecret();
        assertThat(secret).matches("unk_[A-Za-z0-9_-]{43}");
        assertThat(tokens().authenticate(secret)).contains(ada.id());
        assertThat(everythingOnScreen()).contains("you will not see it again", secret);
        assertThat(section.name.getValue()).isEmpty();
        assertThat(tokenNames()).containsExactly("laptop CLI");
        assertThat(_get(Span.class, spec -> spec.withClasses("token-last-used")).getText())
                .isEqualTo("never used");

        _click(_get(Button.class, spec -> spec.withId("dismiss-token")));
        assertThat(section.shownSecret()).isEmpty();
        assertThat(everythingOnScreen()).doesNotContain(secret);

        AccessTokensSection again = reopen();
        assertThat(again.shownSecret()).isEmpty();
        assertThat(everythingOnScreen()).doesNotContain(secret);
        assertThat(tokenNames()).containsExactly("laptop CLI");
    }

    @Test
    void leavingThePageForgetsTheSecret() {
        AccessTokensSection section = open("tokens.leaver");
        _setValue(section.name, "phone");
        _click(section.create);
        String secret = section.shownSecret();

        AccessTokensSection again = reopen();

        assertThat(again.shownSecret()).isEmpty();
        assertThat(everythingOnScreen()).doesNotContain(secret);
    }

    @Test
    void listShowsNewestFirstAndWhenEachWasLastUsed() {
        Person grace = ui.account("tokens.grace");
        IssuedToken used = tokens().issue(grace.id(), "dashboard");
        tokens().issue(grace.id(), "shortcut");
        tokens().authenticate(used.secret());

        open("tokens.grace");

        assertThat(tokenNames()).containsExactly("shortcut", "dashboard");
        assertThat(_find(Span.class, spec -> spec.withClasses("token-last-used")).stream()
                        .map(Span::getText))
                .satisfiesExactly(
                        shortcut -> assertThat(shortcut).isEqualTo("never used"),
                        dashboard -> assertThat(dashboard).startsWith("last used "));
        assertThat(_find(Span.class, spec -> spec.withClasses("token-created")))
                .allSatisfy(created ->
                        assertThat(created.getText()).matches("created \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}"));
    }

    @Test
    void badNamesShowTheRuleAndCreateNothing() {
        AccessTokensSection section = open("tokens.rules");
        Person person = ui.account("tokens.rules");

        _setValue(section.name, "   ");
        _click(section.create);
        assertThat(section.name.isInvalid()).isTrue();
        assertThat(section.name.getErrorMessage()).isEqualTo("token name must be 1 to 60 characters, was 0");
        assertThat(section.shownSecret()).isEmpty();

        _setValue(section.name, "ci");
        _click(section.create);
        assertThat(section.name.isInvalid()).isFalse();
        section.hideSecret();
        _setValue(section.name, "ci");
        _click(section.create);
        assertThat(section.name.isInvalid()).isTrue();
        assertThat(section.name.getErrorMessage()).startsWith("you already have a token named 'ci'");
        assertThat(section.shownSecret()).isEmpty();
        assertThat(tokens().list(person.id())).extracting(AccessToken::name).containsExactly("ci");
    }

    @Test
    void revokingAsksFirstAndThenTheSecretStopsWorking() {
        Person person = ui.account("tokens.revoker");
        IssuedToken kept = tokens().issue(person.id(), "kept");
        IssuedToken doomed = tokens().issue(person.id(), "doomed");
        AccessTokensSection section = open("tokens.revoker");

        // The newest comes first: "doomed".
        _click(_find(Button.class, spec -> spec.withClasses("revoke-token")).get(0));
        assertThat(section.confirmation.isOpened()).isTrue();
        assertThat(section.confirmation.getHeaderTitle()).isEqualTo("Revoke \"doomed\"?");
        assertThat(textOf(section.confirmation)).contains("cannot be undone");
        _click(_get(Button.class, spec -> spec.withId("keep-token")));
        assertThat(section.confirmation).isNull();
        assertThat(tokens().authenticate(doomed.secret())).contains(person.id());
        assertThat(tokenNames()).containsExactly("doomed", "kept");

        _click(_find(Button.class, spec -> spec.withClasses("revoke-token")).get(0));
        _click(_get(Button.class, spec -> spec.withId("confirm-revoke")));

        assertThat(section.confirmation).isNull();
        assertThat(tokens().authenticate(doomed.secret())).isEmpty();
        assertThat(tokens().authenticate(kept.secret())).contains(person.id());
        assertThat(tokenNames()).containsExactly("kept");
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(element -> assertThat(element.getProperty("text")).isEqualTo("Revoked."));
    }

    @Test
    void aPersonNeverSeesOrRevokesAnothersTokens() {
        Person ada = ui.account("tokens.owner");
        IssuedToken adas = tokens().issue(ada.id(), "ada's laptop");

        AccessTokensSection section = open("tokens.intruder");

        assertThat(tokenNames()).isEmpty();
        assertThat(everythingOnScreen()).doesNotContain("ada's laptop");
        // Even a crafted call with Ada's token id revokes nothing.
        section.revoke(adas.token().id());
        assertThat(tokens().authenticate(adas.secret())).contains(ada.id());
        assertThat(tokenNames()).isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(
                        element -> assertThat(element.getProperty("text")).isEqualTo("That token no longer exists."));
    }
}
