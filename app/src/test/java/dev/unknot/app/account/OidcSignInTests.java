package dev.unknot.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.wire.error.ConflictException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in through a real OpenID Connect provider (navikt's mock-oauth2-server, started here):
 * the code flow over HTTP as a browser would follow it, and the accounts it leads to.
 */
abstract class OidcSignInTests extends AppTest {

    static final String CLIENT_ID = "unknot-test";
    static final URI REDIRECT = URI.create("http://unknot.test/" + OidcProvider.CALLBACK_PATH);
    private static final AtomicInteger SUBJECTS = new AtomicInteger();

    private final MockOAuth2Server provider = started();
    private final String issuer = provider.issuerUrl("default").toString();
    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @Override
    protected Map<String, Object> moreProperties() {
        return Map.of(
                "unknot.oidc.issuer",
                issuer,
                "unknot.oidc.client-id",
                CLIENT_ID,
                "unknot.oidc.client-secret",
                "a secret of the test",
                "unknot.oidc.name",
                "Mock");
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    private OidcProvider oidc() {
        return bean(OidcProvider.class);
    }

    /**
     * The provider signs in a new subject with these claims on the next code it trades. Call it only
     * before a code is traded: an unused one would answer the next test's.
     */
    private String next(Map<String, Object> claims) {
        String subject = "subject-" + SUBJECTS.incrementAndGet();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of(CLIENT_ID), claims));
        return subject;
    }

    /** Follows the provider's authorization address as a browser would, and answers where it sends it back. */
    private URI authorize(URI authorization) throws IOException, InterruptedException {
        HttpResponse<Void> answer =
                browser.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode())
                .as("the provider's answer to %s", authorization)
                .isEqualTo(302);
        return URI.create(answer.headers().firstValue("location").orElseThrow());
    }

    private OidcProvider.Identity signIn(Map<String, Object> claims) throws Exception {
        next(claims);
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        return oidc().finish(authorize(start.authorization()), Optional.of(start.attempt()));
    }

    @Test
    void theCodeFlowSendsPkceStateAndNonceAndComesBackToTheRedirect() throws Exception {
        OidcProvider.Start start = oidc().start(REDIRECT, "progress");

        assertThat(start.authorization().toString())
                .startsWith(issuer + "/authorize?")
                .contains("response_type=code")
                .contains("code_challenge_method=S256")
                .contains("state=" + start.attempt().state())
                .contains("nonce=" + start.attempt().nonce())
                .contains("client_id=" + CLIENT_ID)
                .doesNotContain(start.attempt().codeVerifier());
        URI back = authorize(start.authorization());
        assertThat(back.toString()).startsWith(REDIRECT + "?");
        assertThat(start.attempt().returnTo()).isEqualTo("progress");
        assertThat(oidc().status().availability()).isEqualTo(OidcProvider.Availability.READY);
    }

    @Test
    void firstSignInOpensAnAccountFromTheProvidersNameAndTheNextFindsIt() throws Exception {
        OidcProvider.Identity first = signIn(Map.of("preferred_username", "Ada.Lovelace", "email", "ada@example.org"));
        Person opened = bean(OidcAccounts.class).signIn(first);

        assertThat(first.issuer()).isEqualTo(issuer);
        assertThat(opened.username()).isEqualTo("ada.lovelace");
        assertThat(bean(OidcAccounts.class).linked(opened.id(), issuer)).isTrue();
        // Nobody knows the account's password: it opens through the provider only.
        assertThat(bean(PersonService.class).credentials("ada.lovelace")).isPresent();

        OidcProvider.Identity again = new OidcProvider.Identity(
                first.issuer(), first.subject(), Optional.of("renamed-at-the-provider"), Optional.empty());
        assertThat(bean(OidcAccounts.class).signIn(again)).isEqualTo(opened);
    }

    @Test
    void aTakenNameGetsANumberAndAnEmailServesWithoutAName() throws Exception {
        bean(Accounts.class).signUp("grace", "a password of grace", "a password of grace", "192.0.2.1");

        Person numbered = bean(OidcAccounts.class).signIn(signIn(Map.of("preferred_username", "grace")));
        Person fromEmail = bean(OidcAccounts.class).signIn(signIn(Map.of("email", "Hopper@Example.org")));
        Person nameless = bean(OidcAccounts.class).signIn(signIn(Map.of()));

        assertThat(numbered.username()).isEqualTo("grace-2");
        assertThat(fromEmail.username()).isEqualTo("hopper");
        assertThat(nameless.username()).startsWith("person");
    }

    @Test
    void aSignedInPersonLinksTheirAccountAndThenSignsInToItThroughTheProvider() throws Exception {
        Person person = bean(Accounts.class).signUp("linda", "a password of linda", "a password of linda", "192.0.2.2");
        OidcProvider.Identity identity = signIn(Map.of("preferred_username", "someone-else"));

        bean(OidcAccounts.class).link(person.id(), identity);
        bean(OidcAccounts.class).link(person.id(), identity);

        assertThat(bean(OidcAccounts.class).signIn(identity)).isEqualTo(person);
        Person other = newPerson();
        assertThatThrownBy(() -> bean(OidcAccounts.class).link(other.id(), identity))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another Unknot account");
        OidcProvider.Identity second = signIn(Map.of());
        assertThatThrownBy(() -> bean(OidcAccounts.class).link(person.id(), second))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAnswerWithAnotherStateIsRefused() throws Exception {
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        URI back = authorize(URI.create(start.authorization()
                .toString()
                .replace("state=" + start.attempt().state(), "state=forged")));

        assertThatThrownBy(() -> oidc().finish(back, Optional.of(start.attempt())))
                .isInstanceOfSatisfying(
                        OidcSignInException.class,
                        e -> assertThat(e.kind()).isEqualTo(OidcSignInException.Kind.REFUSED))
                .hasMessageContaining("was not started in this browser");
        assertThatThrownBy(() -> oidc().finish(back, Optional.empty()))
                .hasMessageContaining("was not started in this browser");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        next(Map.of());
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        // The provider puts the nonce it was sent into the ID token: here, not the one this sign-in made.
        URI back = authorize(URI.create(start.authorization()
                .toString()
                .replace("nonce=" + start.attempt().nonce(), "nonce=replayed")));

        assertThatThrownBy(() -> oidc().finish(back, Optional.of(start.attempt())))
                .isInstanceOfSatisfying(
                        OidcSignInException.class, e -> assertThat(e.reason()).contains("nonce"))
                .hasMessageContaining("could not be trusted");
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        next(Map.of("iss", provider.issuerUrl("another").toString()));
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        URI back = authorize(start.authorization());

        assertThatThrownBy(() -> oidc().finish(back, Optional.of(start.attempt())))
                .isInstanceOfSatisfying(
                        OidcSignInException.class, e -> assertThat(e.reason()).contains("iss"))
                .hasMessageContaining("could not be trusted");
    }

    @Test
    void aCodeTradedAgainIsRefused() throws Exception {
        next(Map.of());
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        URI back = authorize(start.authorization());
        oidc().finish(back, Optional.of(start.attempt()));

        assertThatThrownBy(() -> oidc().finish(back, Optional.of(start.attempt())))
                .isInstanceOfSatisfying(
                        OidcSignInException.class,
                        e -> assertThat(e.kind()).isEqualTo(OidcSignInException.Kind.REFUSED));
    }

    @Test
    void anErrorFromTheProviderIsShownInAPersonsWords() {
        OidcProvider.Start start = oidc().start(REDIRECT, "");
        URI back = URI.create(
                REDIRECT + "?error=access_denied&state=" + start.attempt().state());

        assertThatThrownBy(() -> oidc().finish(back, Optional.of(start.attempt())))
                .hasMessage("Mock did not sign you in (access_denied).");
    }

    @Test
    void aProviderThatDoesNotAnswerIsReportedAndAskedAgainLater() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OidcProvider down = provider("http://127.0.0.1:" + closed + "/default", Optional.of("unknot"));

        assertThat(down.discover().availability()).isEqualTo(OidcProvider.Availability.UNREACHED);
        assertThat(down.status().offered()).isTrue();
        assertThat(down.status().note())
                .hasValueSatisfying(note -> assertThat(note).contains("did not answer"));
        assertThatThrownBy(() -> down.start(REDIRECT, ""))
                .isInstanceOfSatisfying(OidcSignInException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OidcSignInException.Kind.UNAVAILABLE);
                    assertThat(e.reason()).contains("/default/.well-known/openid-configuration");
                })
                .hasMessage("Signing in with Provider is not possible right now: Unknot cannot reach it. "
                        + "Try again later, or sign in with your password.");
    }

    @Test
    void incompleteSettingsAreOneClearLineAndANoteOnTheSignInPage() {
        OidcProvider noClient = provider(issuer, Optional.empty());
        OidcProvider notAnAddress = provider("auth.example.org", Optional.of("unknot"));
        OidcProvider off = new OidcProvider(
                Optional.of(" "),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Clock.systemUTC());

        assertThat(noClient.discover().availability()).isEqualTo(OidcProvider.Availability.MISCONFIGURED);
        assertThat(noClient.status().offered()).isFalse();
        assertThat(noClient.status().note())
                .hasValue("Signing in with Provider is not set up correctly on this server. "
                        + "Tell the administrator: the server's log says what is wrong.");
        assertThatThrownBy(() -> noClient.start(REDIRECT, ""))
                .isInstanceOfSatisfying(
                        OidcSignInException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo("UNKNOT_OIDC_ISSUER is set but UNKNOT_OIDC_CLIENT_ID is not: "
                                        + "register Unknot at the provider and set its client id"));
        assertThatThrownBy(() -> notAnAddress.start(REDIRECT, ""))
                .isInstanceOfSatisfying(
                        OidcSignInException.class,
                        e -> assertThat(e.reason())
                                .startsWith("UNKNOT_OIDC_ISSUER must be the provider's http(s) address"));
        assertThat(off.status().availability()).isEqualTo(OidcProvider.Availability.OFF);
        assertThat(off.status().offered()).isFalse();
        assertThat(off.status().note()).isEmpty();
    }

    @Test
    void theRedirectIsUnderThePublicAddressWhenSetElseUnderTheRequestsOwn() {
        OidcProvider behindProxy = new OidcProvider(
                Optional.of(issuer),
                Optional.of("unknot"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("https://unknot.example.org/habits"),
                Clock.systemUTC());

        assertThat(behindProxy.redirect(URI.create("http://127.0.0.1:8080/")))
                .isEqualTo(URI.create("https://unknot.example.org/habits/oidc/callback"));
        assertThat(oidc().redirect(URI.create("http://localhost:8080/")))
                .isEqualTo(URI.create("http://localhost:8080/oidc/callback"));
        assertThat(oidc().status().name()).isEqualTo("Mock");
        assertThat(behindProxy.status().name()).isEqualTo("localhost");
    }

    private static OidcProvider provider(String issuer, Optional<String> clientId) {
        return new OidcProvider(
                Optional.of(issuer),
                clientId,
                Optional.empty(),
                Optional.of("Provider"),
                Optional.empty(),
                Clock.systemUTC());
    }
}
