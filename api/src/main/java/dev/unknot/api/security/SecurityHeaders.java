package dev.unknot.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * The browser's security headers on every answer of the server, the API's and the web UI's alike
 * (the web UI's come back through the front door, which this filter wraps): a Content-Security-Policy,
 * no framing by other sites, no MIME sniffing, no full address in the {@code Referer} sent elsewhere,
 * and no {@code Server} header naming the software and its version.
 *
 * <p>An answer that brings a policy of its own (the API's documentation page) keeps it.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class SecurityHeaders implements HttpServerFilter {

    public static final String CSP = "Content-Security-Policy";

    /**
     * The API answers data, never pages to run: nothing may load or run from it, and no site may
     * frame it.
     */
    public static final String API_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * The web UI: everything from this server only. Vaadin needs {@code 'unsafe-inline'} and
     * {@code 'unsafe-eval'} for scripts (its bootstrap page starts the client engine with an inline
     * script, and the engine builds functions from what the server sends) and {@code 'unsafe-inline'}
     * for styles (components set style attributes); Lumo's icons are {@code data:} images.
     */
    public static final String WEB_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self'; "
            + "manifest-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public int getOrder() {
        // Outside every other filter, the front door's included, so that it sees every answer.
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean api = isApi(request.getPath());
        return Publishers.map(chain.proceed(request), response -> {
            secure(response.getHeaders(), api);
            return response;
        });
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Sets the headers on one answer; for the API's paths when {@code api}, else the web UI's. */
    public static void secure(MutableHttpHeaders headers, boolean api) {
        if (!headers.contains(CSP)) {
            headers.set(CSP, api ? API_POLICY : WEB_POLICY);
        }
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.remove("Server");
        headers.remove("X-Powered-By");
    }
}
