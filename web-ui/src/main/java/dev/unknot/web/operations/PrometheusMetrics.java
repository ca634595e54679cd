package dev.unknot.web.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.configuration.metrics.annotation.RequiresMetrics;
import io.micronaut.configuration.metrics.management.endpoint.MetricsEndpoint;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;

/**
 * {@code /metrics} in Prometheus's text format, in place of Micronaut's JSON metrics endpoint. It is
 * there only when {@code UNKNOT_METRICS=true} (application.properties turns Micrometer on with it);
 * {@link MetricsToken} guards it when a token is set.
 */
@Endpoint(value = PrometheusMetrics.ID, defaultSensitive = false)
@Replaces(MetricsEndpoint.class)
@RequiresMetrics
final class PrometheusMetrics {

    static final String ID = "metrics";

    private final PrometheusMeterRegistry registry;

    PrometheusMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Read(produces = "text/plain; version=0.0.4; charset=utf-8")
    String scrape() {
        return registry.scrape();
    }
}
