package dev.unknot.api.error;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/**
 * Micronaut refuses a call that a page of another site makes (a request with a foreign
 * {@code Origin}) with a bare 403; this gives it the API's error body, like every other refusal.
 */
@Filter("/api/**")
final class CrossOriginRefusals implements HttpServerFilter {

    static final String MESSAGE = "calls from another site's pages are not allowed";

    @Override
    public int getOrder() {
        // Outside Micronaut's CORS filter, which answers the refusal.
        return Ordered.HIGHEST_PRECEDENCE + 200;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!request.getHeaders().contains("Origin")) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), response -> {
            if (response.status() == HttpStatus.FORBIDDEN && response.getBody().isEmpty()) {
                return response.body(new ApiError(ApiError.FORBIDDEN, null, MESSAGE))
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            return response;
        });
    }
}
