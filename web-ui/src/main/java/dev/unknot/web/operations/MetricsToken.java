package dev.unknot.web.operations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.reactivestreams.Publisher;

/**
 * With {@code UNKNOT_METRICS_TOKEN} set, {@code /metrics} answers only a request that carries it as
 * {@code Authorization: Bearer <token>} (Prometheus's {@code authorization} / {@code bearer_token}),
 * and 401 to any other.
 */
@Filter("/" + PrometheusMetrics.ID)
@Requires(property = MetricsToken.PROPERTY)
final class MetricsToken implements HttpServerFilter {

    /** Also {@code UNKNOT_METRICS_TOKEN}. */
    static final String PROPERTY = "unknot.metrics-token";

    private final byte[] expected;

    MetricsToken(@Value("${" + PROPERTY + "}") String token) {
        this.expected = ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String presented = request.getHeaders().get("Authorization");
        if (presented != null
                && MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8))) {
            return chain.proceed(request);
        }
        return Publishers.just(HttpResponse.unauthorized().header("WWW-Authenticate", "Bearer"));
    }
}
