package dev.unknot.app.account;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's OpenID Connect provider (Authelia, Keycloak, Authentik, ...), for signing in
 * beside passwords: the authorization-code flow with PKCE, {@code state} and {@code nonce}, through
 * Nimbus's OAuth 2.0 SDK. The provider is found from its issuer by discovery
 * ({@code /.well-known/openid-configuration}); its ID token is checked for its signature (the
 * provider's published keys), issuer, audience, expiry and nonce before anyone is signed in.
 *
 * <p>Off unless {@code unknot.oidc.issuer} is set. A provider that cannot be reached is asked again
 * on the next sign-in, so Unknot may start before it.
 */
@Singleton
public class OidcProvider {

    /** Where the provider sends the browser back to, under Unknot's public address. */
    public static final String CALLBACK_PATH = "oidc/callback";

    /** How long a started sign-in may take at the provider (typing a password, a second factor). */
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);
    private static final int TIMEOUT_MILLIS = 10_000;

    private final Optional<String> issuer;
    private final Optional<String> clientId;
    private final Optional<String> clientSecret;
    private final String name;
    private final Optional<URI> publicAddress;
    private final Clock clock;
    /** Empty when the settings are whole; else what is wrong with them, for the log. */
    private final Optional<String> misconfiguration;

    private volatile Discovered discovered;
    private volatile Status status;

    public OidcProvider(
            @Property(name = "unknot.oidc.issuer") Optional<String> issuer,
            @Property(name = "unknot.oidc.client-id") Optional<String> clientId,
            @Property(name = "unknot.oidc.client-secret") Optional<String> clientSecret,
            @Property(name = "unknot.oidc.name") Optional<String> name,
            @Property(name = "unknot.public-url") Optional<String> publicAddress,
            Clock clock) {
        this.issuer = present(issuer);
        this.clientId = present(clientId);
        this.clientSecret = present(clientSecret);
        this.clock = clock;
        this.misconfiguration = problem(this.issuer, this.clientId, present(publicAddress));
        this.publicAddress = misconfiguration.isPresent()
                ? Optional.empty()
                : present(publicAddress).map(OidcProvider::asBase);
        this.name = present(name)
                .orElseGet(() -> this.issuer.map(OidcProvider::host).orElse("your provider"));
        this.status = this.issuer.isEmpty()
                ? new Status(Availability.OFF, this.name)
                : new Status(
                        misconfiguration.isPresent() ? Availability.MISCONFIGURED : Availability.UNREACHED, this.name);
    }

    /** Whether sign-in through a provider is on, and whether it works as far as Unknot knows. */
    public enum Availability {
        /** No provider set: passwords only. */
        OFF,
        /** Set, and not asked yet (the web server asks as it starts). */
        UNASKED,
        /** Set, and its discovery document was read. */
        READY,
        /** Set, but it did not answer (yet): asked again on the next sign-in. */
        UNREACHED,
        /** Set incompletely or wrongly: nothing to try until the administrator fixes it. */
        MISCONFIGURED
    }

    /** @param name what the sign-in page calls the provider ({@code unknot.oidc.name}, else the issuer's host) */
    public record Status(Availability availability, String name) {

        /** Whether the sign-in page offers the provider's button. */
        public boolean offered() {
            return availability == Availability.UNASKED
                    || availability == Availability.READY
                    || availability == Availability.UNREACHED;
        }

        /** What the sign-in page says about the provider besides its button, if anything. */
        public Optional<String> note() {
            return switch (availability) {
                case OFF, UNASKED, READY -> Optional.empty();
                case UNREACHED ->
                    Optional.of(name
                            + " did not answer when Unknot last asked; signing in with it may not work right now.");
                case MISCONFIGURED ->
                    Optional.of(
                            "Signing in with " + name
                                    + " is not set up correctly on this server. Tell the administrator: the server's log says what is wrong.");
            };
        }
    }

    /**
     * A sign-in under way, kept in the browser's session until the provider sends the browser back:
     * what the answer must match. Never shown to the browser but for {@code state}, which travels
     * with the request.
     *
     * @param returnTo where to go after signing in, as the front end gave it
     */
    public record Attempt(
            String state, String nonce, String codeVerifier, URI redirect, String returnTo, Instant started)
            implements Serializable {

        public Attempt {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(codeVerifier, "code verifier");
            Objects.requireNonNull(redirect, "redirect");
            Objects.requireNonNull(returnTo, "return to");
            Objects.requireNonNull(started, "started");
        }

        @Override
        public String toString() {
            return "Attempt[redirect=" + redirect + ", started=" + started + "]";
        }
    }

    /** A started sign-in: send the browser to {@code authorization}, keep {@code attempt} for the answer. */
    public record Start(URI authorization, Attempt attempt) {}

    /**
     * Who the provider says signed in, from a checked ID token.
     *
     * @param subject the provider's stable id of the person
     * @param preferredUsername the {@code preferred_username} claim, if any
     * @param email the {@code email} claim, if any
     */
    public record Identity(String issuer, String subject, Optional<String> preferredUsername, Optional<String> email) {

        public Identity {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(preferredUsername, "preferred username");
            Objects.requireNonNull(email, "email");
        }
    }

    /** The provider's settings as the server started with them; no network. */
    public Status status() {
        return status;
    }

    /** The provider's issuer, when one is set. */
    public Optional<String> issuer() {
        return issuer;
    }

    /**
     * Reads the provider's discovery document unless it was read already, and logs the outcome
     * once: the web server calls this at start, so a wrong issuer shows in the log at once.
     */
    public Status discover() {
        if (issuer.isEmpty() || discovered != null) {
            return status;
        }
        if (misconfiguration.isPresent()) {
            LOG.error("Sign-in with {} is off: {}", name, misconfiguration.get());
            return status;
        }
        try {
            metadata();
            LOG.info("Sign-in with {} is on: the provider at {} answered", name, issuer.get());
        } catch (OidcSignInException e) {
            LOG.warn("Sign-in with {}: {} (asked again on the next sign-in)", name, e.reason());
        }
        return status;
    }

    /**
     * Where the provider sends the browser back to: {@value #CALLBACK_PATH} under
     * {@code unknot.public-url} when set (register that address at the provider), else under the
     * address the browser used.
     *
     * @param requested the address of Unknot's root as the request reached it, e.g. {@code https://unknot.example.org/}
     */
    public URI redirect(URI requested) {
        return publicAddress.orElse(asBase(requested.toString())).resolve(CALLBACK_PATH);
    }

    /**
     * Starts a sign-in: a new state, nonce and PKCE verifier, and the provider's address to send the
     * browser to.
     *
     * @throws OidcSignInException when sign-in with a provider is off or the provider cannot be reached
     */
    public Start start(URI redirect, String returnTo) {
        Discovered provider = metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        new Scope("openid", "profile", "email"),
                        new ClientID(clientId.orElseThrow()),
                        redirect)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(
                request.toURI(),
                new Attempt(
                        state.getValue(), nonce.getValue(), verifier.getValue(), redirect, returnTo, clock.instant()));
    }

    /**
     * Completes a sign-in from the address the provider sent the browser back to: checks that the
     * answer belongs to {@code attempt}, trades the code for tokens and checks the ID token.
     *
     * @param callback the whole address the browser came back to, with its query
     * @param attempt the sign-in this browser started, if any
     * @throws OidcSignInException for an answer that is refused, or a provider that cannot be reached
     */
    public Identity finish(URI callback, Optional<Attempt> attempt) {
        if (issuer.isEmpty() || misconfiguration.isPresent()) {
            throw notSetUp();
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw refused("The answer from " + name + " could not be read.", "unreadable answer: " + e.getMessage());
        }
        if (attempt.isEmpty()
                || response.getState() == null
                || !attempt.get().state().equals(response.getState().getValue())) {
            throw refused(
                    "This sign-in with " + name
                            + " was not started in this browser, or it was started again since. Start again from the sign-in page.",
                    "an answer whose state matches no sign-in started in this session");
        }
        Attempt started = attempt.get();
        if (clock.instant().isAfter(started.started().plus(ATTEMPT_LIFETIME))) {
            throw refused(
                    "This sign-in with " + name + " took too long. Start again from the sign-in page.",
                    "an answer after " + ATTEMPT_LIFETIME.toMinutes() + " minutes");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            ErrorObject object = error.getErrorObject();
            String code = object == null || object.getCode() == null ? "unknown" : object.getCode();
            throw refused(name + " did not sign you in (" + code + ").", "the provider answered " + code);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw refused("The answer from " + name + " had no authorization code.", "an answer without a code");
        }
        Discovered provider = metadata();
        JWT idToken = tokens(provider, code, started);
        try {
            IDTokenClaimsSet claims = provider.validator().validate(idToken, new Nonce(started.nonce()));
            return new Identity(
                    claims.getIssuer().getValue(),
                    claims.getSubject().getValue(),
                    Optional.ofNullable(claims.getStringClaim("preferred_username"))
                            .filter(value -> !value.isBlank()),
                    Optional.ofNullable(claims.getStringClaim("email")).filter(value -> !value.isBlank()));
        } catch (BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw refused(
                    "The answer from " + name
                            + " could not be trusted, so you are not signed in. Start again; if it happens again, tell the administrator.",
                    "an ID token that failed its checks: " + e.getMessage());
        }
    }

    private JWT tokens(Discovered provider, AuthorizationCode code, Attempt attempt) {
        AuthorizationCodeGrant grant =
                new AuthorizationCodeGrant(code, attempt.redirect(), new CodeVerifier(attempt.codeVerifier()));
        URI endpoint = provider.metadata().getTokenEndpointURI();
        ClientID client = new ClientID(clientId.orElseThrow());
        TokenRequest request;
        if (clientSecret.isEmpty()) {
            // A public client: PKCE alone proves that this server started the sign-in.
            request = new TokenRequest(endpoint, client, grant);
        } else if (postsSecret(provider.metadata())) {
            request = new TokenRequest(endpoint, new ClientSecretPost(client, new Secret(clientSecret.get())), grant);
        } else {
            request = new TokenRequest(endpoint, new ClientSecretBasic(client, new Secret(clientSecret.get())), grant);
        }
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        HTTPResponse answer;
        try {
            answer = http.send();
        } catch (IOException e) {
            throw unavailable("its token endpoint did not answer: " + e.getMessage());
        }
        TokenResponse tokens;
        try {
            tokens = OIDCTokenResponseParser.parse(answer);
        } catch (ParseException e) {
            throw refused(
                    "The answer from " + name + " could not be read.",
                    "an unreadable token response (HTTP " + answer.getStatusCode() + ")");
        }
        if (!tokens.indicatesSuccess()) {
            ErrorObject error = tokens.toErrorResponse().getErrorObject();
            String reason = error == null || error.getCode() == null ? "an error" : error.getCode();
            throw refused(
                    name + " refused to complete the sign-in (" + reason
                            + "). Start again; if it happens again, tell the administrator.",
                    "the token endpoint answered " + reason
                            + (error == null || error.getDescription() == null ? "" : ": " + error.getDescription()));
        }
        JWT idToken =
                ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw refused("The answer from " + name + " had no ID token.", "a token response without an ID token");
        }
        return idToken;
    }

    /** The client secret goes in the form when the provider takes it only there. */
    private static boolean postsSecret(OIDCProviderMetadata metadata) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        return methods != null
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
    }

    /** The provider's metadata and the ID token validator made from it, read once. */
    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    private Discovered metadata() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        if (issuer.isEmpty() || misconfiguration.isPresent()) {
            throw notSetUp();
        }
        synchronized (this) {
            if (discovered != null) {
                return discovered;
            }
            Issuer expected = new Issuer(issuer.get());
            OIDCProviderMetadata metadata;
            try {
                // Checks that the document names the issuer it was fetched for.
                metadata = OIDCProviderMetadata.resolve(expected, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            } catch (IOException e) {
                throw unavailable(
                        "its discovery document at " + discoveryAddress() + " could not be read: " + e.getMessage());
            } catch (GeneralException e) {
                throw unavailable(
                        "its discovery document at " + discoveryAddress() + " is not usable: " + e.getMessage());
            }
            try {
                IDTokenValidator validator = new IDTokenValidator(
                        expected,
                        new ClientID(clientId.orElseThrow()),
                        algorithm(metadata),
                        metadata.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
                discovered = new Discovered(metadata, validator);
            } catch (MalformedURLException | IllegalArgumentException | NullPointerException e) {
                throw unavailable("its discovery document names no usable key set (jwks_uri)");
            }
            status = new Status(Availability.READY, name);
            return discovered;
        }
    }

    /** RS256, which every provider must offer, unless the provider signs ID tokens only otherwise. */
    private static JWSAlgorithm algorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return offered.stream()
                .filter(algorithm ->
                        !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm) && !algorithm.equals(JWSAlgorithm.NONE))
                .findFirst()
                .orElse(JWSAlgorithm.RS256);
    }

    private String discoveryAddress() {
        return issuer.map(value -> (value.endsWith("/") ? value : value + "/") + ".well-known/openid-configuration")
                .orElse("");
    }

    private OidcSignInException notSetUp() {
        return new OidcSignInException(
                OidcSignInException.Kind.UNAVAILABLE,
                status().note().orElse("Signing in with an identity provider is not set up on this server."),
                misconfiguration.orElse("no provider is set (UNKNOT_OIDC_ISSUER)"));
    }

    private OidcSignInException unavailable(String reason) {
        status = new Status(Availability.UNREACHED, name);
        return new OidcSignInException(
                OidcSignInException.Kind.UNAVAILABLE,
                "Signing in with " + name
                        + " is not possible right now: Unknot cannot reach it. Try again later, or sign in with your password.",
                reason);
    }

    private OidcSignInException refused(String message, String reason) {
        return new OidcSignInException(OidcSignInException.Kind.REFUSED, message, reason);
    }

    private static Optional<String> present(Optional<String> setting) {
        return setting.map(String::strip).filter(value -> !value.isEmpty());
    }

    /** What is wrong with the settings, in the administrator's words; empty when nothing is. */
    private static Optional<String> problem(
            Optional<String> issuer, Optional<String> clientId, Optional<String> publicAddress) {
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        if (!absoluteHttp(issuer.get())) {
            return Optional.of(
                    "UNKNOT_OIDC_ISSUER must be the provider's http(s) address, such as https://auth.example.org, was '"
                            + issuer.get() + "'");
        }
        if (clientId.isEmpty()) {
            return Optional.of(
                    "UNKNOT_OIDC_ISSUER is set but UNKNOT_OIDC_CLIENT_ID is not: register Unknot at the provider and set its client id");
        }
        if (publicAddress.isPresent() && !absoluteHttp(publicAddress.get())) {
            return Optional.of("UNKNOT_PUBLIC_URL must be an http(s) address such as https://unknot.example.org/, was '"
                    + publicAddress.get() + "'");
        }
        return Optional.empty();
    }

    private static boolean absoluteHttp(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static URI asBase(String address) {
        return URI.create(address.endsWith("/") ? address : address + "/");
    }

    private static String host(String address) {
        try {
            String host = new URI(address).getHost();
            return host == null ? address : host;
        } catch (URISyntaxException e) {
            return address;
        }
    }
}
