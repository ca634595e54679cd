package dev.unknot.web.server;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The public port's way to the web UI: Micronaut's Netty server answers {@code /api} and everything
 * under it itself, and this filter passes every other request on to Jetty on the loopback address,
 * unchanged but for the forwarding headers, and Jetty's answer back, unchanged.
 *
 * <p>The filter's pattern keeps it off the API's paths altogether, so API calls do no extra work.
 * Jetty learns the client's address, scheme and host from {@code X-Forwarded-*} headers that it
 * believes only next to this process's {@link FrontDoorForwarding#SECRET_HEADER secret}: any
 * forwarding headers or secret that a client sends are dropped here first, and only a proxy the
 * administrator declared ({@link TrustedProxies}) has its word for the client's address, scheme and
 * host passed on.
 */
@Filter(patterns = FrontDoor.OUTSIDE_THE_API, patternStyle = FilterPatternStyle.REGEX)
final class FrontDoor implements HttpServerFilter {

    /**
     * Every path but {@code /api}, {@code /health} and {@code /metrics} and those under them (the
     * front door's own: the API and the operator's endpoints) and the calendar feeds
     * ({@code /calendar/...}, served by the API's server), e.g. {@code /}, {@code /VAADIN/...},
     * {@code /apiary}.
     */
    static final String OUTSIDE_THE_API = "^(?!/(?:api|health|metrics)(?:/|$)|/calendar/).*";

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    /** Shown when Jetty does not answer: a page for people, since only the web UI's paths come here. */
    private static final String BAD_GATEWAY = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Unknot is not answering</title></head>
            <body><h1>Unknot is not answering</h1><p>The web UI did not answer. Try again in a moment.</p></body></html>
            """;

    /** Shown for a request larger than the front door lets through (see application.properties). */
    private static final String TOO_LARGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Too large</title></head>
            <body><h1>Too large</h1><p>Unknot takes requests of up to 21 MiB.</p></body></html>
            """;

    /** Shown while Jetty starts, after the front door has opened. */
    private static final String STARTING = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Unknot is starting</title></head>
            <body><h1>Unknot is starting</h1><p>Try again in a moment.</p></body></html>
            """;

    /**
     * Hop-by-hop headers (RFC 9110, 7.6.1), which concern one connection and are not passed on,
     * lower-case. The JDK's client, for one, asks every HTTP/1.1 server for an upgrade to h2c, and
     * Jetty refuses a proxied request that carries such an offer ("Invalid h2c upgrade headers").
     */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "upgrade",
            "http2-settings",
            "te",
            "trailer",
            "proxy-authenticate",
            "proxy-authorization");

    private final ProxyHttpClient client;
    private final TrustedProxies proxies;
    private volatile Behind behind;
    private volatile boolean starting;

    FrontDoor(ProxyHttpClient client, TrustedProxies proxies) {
        this.client = client;
        this.proxies = proxies;
    }

    /** Jetty's base address (on the loopback address) and the secret it believes forwarding headers with. */
    record Behind(URI jetty, String secret) {}

    /** Until {@link #open}, requests outside the API are answered 503 (the web UI is on its way). */
    void starting() {
        starting = true;
    }

    /** From now on, requests outside the API go to {@code jetty}. */
    void open(URI jetty, String secret) {
        behind = new Behind(jetty, secret);
    }

    /** Requests outside the API get Micronaut's own answer again (a 404), as on an API-only server. */
    void close() {
        behind = null;
        starting = false;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Behind target = behind;
        if (target == null) {
            return starting
                    ? Publishers.<MutableHttpResponse<?>>just(page(HttpStatus.SERVICE_UNAVAILABLE, STARTING))
                    : chain.proceed(request);
        }
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress connection = remote.getAddress();
        boolean trusted = proxies.trusts(connection);
        // A declared proxy's word for the client's address, scheme and host; anyone else's is dropped.
        String address = connection == null
                ? remote.getHostString()
                : proxies.client(connection, request.getHeaders().getAll("X-Forwarded-For"));
        String scheme = proxies.scheme(
                connection, request.getHeaders().get("X-Forwarded-Proto"), request.isSecure() ? "https" : "http");
        String forwardedHost = request.getHeaders().get("X-Forwarded-Host");
        String host = trusted && forwardedHost != null && !forwardedHost.isBlank()
                ? forwardedHost.split(",")[0].strip()
                : request.getHeaders().get("Host");
        // Read before the headers change: the proxied request is the client's own, mutated.
        boolean close = closes(request);
        Mono<MutableHttpResponse<?>> proxied = Mono.from(client.proxy(request.mutate()
                .uri(uri -> uri.scheme(target.jetty().getScheme())
                        .host(target.jetty().getHost())
                        .port(target.jetty().getPort()))
                .headers(headers -> {
                    withoutHopByHop(headers);
                    forwarding(headers, address, scheme, host, target.secret());
                })));
        return proxied.<MutableHttpResponse<?>>map(response -> withoutHopByHop(response, close))
                .onErrorResume(failure -> {
                    if (tooLarge(failure)) {
                        // Closing the connection tells a client that is still sending to stop and read.
                        MutableHttpResponse<?> refused = page(HttpStatus.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
                        refused.getHeaders().set("Connection", "close");
                        return Mono.just(refused);
                    }
                    LOG.warn(
                            "The web UI did not answer {} {}: {}",
                            request.getMethod(),
                            request.getPath(),
                            failure.getMessage());
                    return Mono.just(page(HttpStatus.BAD_GATEWAY, BAD_GATEWAY));
                });
    }

    /** Whether the request body passed {@code micronaut.server.max-request-size} on its way to Jetty. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentLengthExceededException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jetty's answer without its hop-by-hop headers, and with {@code Connection: close} when the
     * client asked for it: by now the request's own {@code Connection} header is gone (the proxied
     * request is the client's, mutated), and without one on the answer Micronaut kept the connection
     * open, so a client that reads to the close waited forever.
     */
    private static MutableHttpResponse<?> withoutHopByHop(MutableHttpResponse<?> response, boolean close) {
        withoutHopByHop(response.getHeaders());
        if (close) {
            response.getHeaders().set("Connection", "close");
        }
        return response;
    }

    private static MutableHttpResponse<?> page(HttpStatus status, String html) {
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(html);
    }

    /** Drops the hop-by-hop headers, those that {@code Connection} names included. */
    static void withoutHopByHop(MutableHttpHeaders headers) {
        List<String> named = new ArrayList<>();
        for (String connection : headers.getAll("Connection")) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    named.add(token.strip());
                }
            }
        }
        named.forEach(headers::remove);
        List<String> hopByHop = new ArrayList<>();
        for (String name : headers.names()) {
            if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                hopByHop.add(name);
            }
        }
        hopByHop.forEach(headers::remove);
    }

    /** Whether the client asked to close its connection after this request ({@code Connection: close}). */
    private static boolean closes(HttpRequest<?> request) {
        for (String connection : request.getHeaders().getAll("Connection")) {
            for (String token : connection.split(",")) {
                if (token.strip().equalsIgnoreCase("close")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Replaces whatever forwarding headers the client sent (anyone can send them) with the front
     * door's own, and the secret that makes Jetty believe them.
     */
    static void forwarding(MutableHttpHeaders headers, String client, String scheme, String host, String secret) {
        List<String> forged = new ArrayList<>();
        for (String name : headers.names()) {
            if (FrontDoorForwarding.isForwardingHeader(name.toLowerCase(Locale.ROOT))) {
                forged.add(name);
            }
        }
        forged.forEach(headers::remove);
        headers.set(FrontDoorForwarding.SECRET_HEADER, secret);
        headers.set("X-Forwarded-For", client);
        headers.set("X-Forwarded-Proto", scheme);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
    }
}
