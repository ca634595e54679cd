package dev.unknot.web.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.unknot.web.testing.UnknotUi;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in page with the administrator's identity provider set, set wrongly, or not set. */
class OidcLoginViewTests {

    @Nested
    class WithAProvider {

        @RegisterExtension
        final UnknotUi ui = new UnknotUi()
                .with(Map.of(
                        "unknot.oidc.issuer", "https://auth.example.org",
                        "unknot.oidc.client-id", "unknot",
                        "unknot.oidc.name", "Authelia"))
                .perTest();

        @Test
        void offersTheProvidersButtonAboveThePassword() {
            ui.openSignedOut("login");

            Anchor link = _get(Anchor.class, spec -> spec.withId("sign-in-with-provider"));
            assertThat(link.getHref()).isEqualTo("oidc/login");
            assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
            assertThat(_get(link, Button.class).getText()).isEqualTo("Sign in with Authelia");
        }

        @Test
        void settingsOfferToLinkTheAccountThroughTheProvider() {
            ui.open("ada", "settings");

            Anchor link = _get(Anchor.class, spec -> spec.withId("link-provider"));
            assertThat(link.getHref()).isEqualTo("oidc/login?link");
            assertThat(link.getText()).isEqualTo("Link your account to Authelia");
            assertThat(_get(Paragraph.class, spec -> spec.withId("provider-state"))
                            .getText())
                    .startsWith("Link your account to Authelia to sign in with it");
        }

        @Test
        void thePageAskedForComesAlongToTheProvider() {
            ui.open();
            UI.getCurrent().navigate("login", QueryParameters.of(AccountForms.TARGET, "progress"));

            assertThat(_get(Anchor.class, spec -> spec.withId("sign-in-with-provider"))
                            .getHref())
                    .isEqualTo("oidc/login?to=progress");
        }
    }

    @Nested
    class WithIncompleteSettings {

        @RegisterExtension
        final UnknotUi ui = new UnknotUi()
                .with(Map.of("unknot.oidc.issuer", "https://auth.example.org"))
                .perTest();

        @Test
        void saysSoInsteadOfOfferingAButtonThatCannotWork() {
            ui.openSignedOut("login");

            assertThat(_find(Anchor.class, spec -> spec.withId("sign-in-with-provider")))
                    .isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withId("provider-note"))
                            .getText())
                    .isEqualTo("Signing in with auth.example.org is not set up correctly on this server. "
                            + "Tell the administrator: the server's log says what is wrong.");
        }
    }

    @Nested
    class WithoutAProvider {

        @RegisterExtension
        final UnknotUi ui = new UnknotUi().perTest();

        @Test
        void offersPasswordsOnly() {
            ui.openSignedOut("login");

            assertThat(_find(Anchor.class, spec -> spec.withId("sign-in-with-provider")))
                    .isEmpty();
            assertThat(_find(Paragraph.class, spec -> spec.withId("provider-note")))
                    .isEmpty();
        }

        @Test
        void settingsSayNothingOfAProvider() {
            ui.open("ada", "settings");

            assertThat(_find(Anchor.class, spec -> spec.withId("link-provider")))
                    .isEmpty();
        }
    }
}
