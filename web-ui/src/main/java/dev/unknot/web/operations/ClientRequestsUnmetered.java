package dev.unknot.web.operations;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.configuration.metrics.annotation.RequiresMetrics;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The front door's own client (its reverse proxy to the web UI's Jetty) is not metered: its
 * requests are the server's requests over again, tagged with their full paths.
 */
@Factory
@RequiresMetrics
final class ClientRequestsUnmetered {

    @Singleton
    MeterFilter withoutClientRequests() {
        return MeterFilter.denyNameStartsWith("http.client.requests");
    }
}
