package dev.unknot.api.auth;

import dev.unknot.api.error.ApiError;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.token.TokenService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets a call under {@code /api/v1} through only with {@code Authorization: Bearer <token>} of a
 * token that is neither unknown nor revoked, and records whose it is: every controller acts for
 * {@link #PERSON} and nobody else. A missing, malformed, unknown or revoked token gets the same
 * 401, so an answer says nothing about which tokens exist.
 */
@ServerFilter("/api/v1/**")
public final class BearerAuthentication {

    /** The request attribute holding the {@link PersonId} the call acts for. */
    public static final String PERSON = "unknot.person";

    private static final String SCHEME = "bearer ";

    private final TokenService tokens;

    BearerAuthentication(TokenService tokens) {
        this.tokens = tokens;
    }

    /**
     * Runs on the blocking pool: looking a token up is a database read. CORS pre-flight requests
     * carry no credentials and are answered by Micronaut.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<ApiError> authenticate(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        Optional<PersonId> person = secret(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
                .flatMap(tokens::authenticate);
        if (person.isEmpty()) {
            return HttpResponse.<ApiError>unauthorized()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unknot\"")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiError(ApiError.UNAUTHORIZED, null,
                            "a valid bearer token is required: Authorization: Bearer unk_..."));
        }
        request.setAttribute(PERSON, person.get());
        return null;
    }

    /** The token of {@code Bearer <token>} (the scheme in any case), if the header has that form. */
    static Optional<String> secret(@Nullable String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String secret = authorization.substring(SCHEME.length()).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }
}
