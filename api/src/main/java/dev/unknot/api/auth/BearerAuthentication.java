package dev.unknot.api.auth;

import dev.unknot.api.error.ApiError;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.token.TokenService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * Lets a call under {@code /api/v1} through only with {@code Authorization: Bearer <token>} of a
 * token that is neither unknown nor revoked, and records whose it is: every controller acts for
 * {@link #PERSON} and nobody else. A missing, malformed, unknown or revoked token gets the same
 * 401, so an answer says nothing about which tokens exist.
 *
 * <p>The one exception is {@link #CAPABILITY_LINKS}: a reminder's buttons, whose link carries a
 * token of its own for one reminder (a service worker and ntfy cannot send the person's token).
 */
@ServerFilter("/api/v1/**")
public final class BearerAuthentication {

    /** The request attribute holding the {@link PersonId} the call acts for. */
    public static final String PERSON = "unknot.person";

    /**
     * The calls that carry their own key in the path, not a bearer token: exactly the two routes of
     * a reminder's buttons, a dot-segment ({@code ..}) never taken for a token.
     */
    static final Pattern CAPABILITY_LINKS =
            Pattern.compile("/api/v1/reminder-actions/(?!\\.\\.?/)[^/]{1,400}/(?:done|snooze)");

    private static final String SCHEME = "bearer ";
    /** A filter's answer that lets the call go on (an empty response). */
    private static final CompletableFuture<Optional<HttpResponse<ApiError>>> LET_THROUGH =
            CompletableFuture.completedFuture(Optional.empty());

    private final TokenService tokens;
    private final ExecutorService blocking;

    BearerAuthentication(TokenService tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    /**
     * Decides on the event loop when the token was checked moments ago (the common case: its
     * answer is in memory), else on the blocking pool, where looking a token up and noting its
     * use may read and write the database. CORS pre-flight requests carry no credentials and are
     * answered by Micronaut.
     */
    @RequestFilter
    public CompletableFuture<Optional<HttpResponse<ApiError>>> authenticate(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS
                || CAPABILITY_LINKS.matcher(request.getPath()).matches()) {
            return LET_THROUGH;
        }
        Optional<String> secret = secret(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        Optional<PersonId> known = secret.flatMap(tokens::authenticateFromMemory);
        if (known.isPresent()) {
            request.setAttribute(PERSON, known.get());
            return LET_THROUGH;
        }
        return CompletableFuture.supplyAsync(() -> decide(request, secret.flatMap(tokens::authenticate)), blocking);
    }

    /** Lets the call through for {@code person} (empty), or answers 401 when there is none. */
    private static Optional<HttpResponse<ApiError>> decide(HttpRequest<?> request, Optional<PersonId> person) {
        if (person.isEmpty()) {
            return Optional.of(HttpResponse.<ApiError>unauthorized()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unknot\"")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiError(
                            ApiError.UNAUTHORIZED,
                            null,
                            "a valid bearer token is required: Authorization: Bearer unk_...")));
        }
        request.setAttribute(PERSON, person.get());
        return Optional.empty();
    }

    /** The token of {@code Bearer <token>} (the scheme in any case), if the header has that form. */
    static Optional<String> secret(@Nullable String authorization) {
        if (authorization == null
                || authorization.length() <= SCHEME.length()
                || !authorization
                        .substring(0, SCHEME.length())
                        .toLowerCase(Locale.ROOT)
                        .equals(SCHEME)) {
            return Optional.empty();
        }
        String secret = authorization.substring(SCHEME.length()).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }
}
