package dev.unknot.web.operations;

import dev.unknot.app.operations.DatabaseStatus;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Readiness's {@code database} part: whether a connection can be had and answers, within a few
 * seconds. Its details name the kind of database only, never its address, user or files (Micronaut's
 * own JDBC indicator, turned off in application.properties, reports the URL).
 */
@Singleton
@Readiness
final class DatabaseHealth implements HealthIndicator {

    static final String NAME = "database";

    /** Longer than a healthy database ever takes, short enough for a load balancer's probe. */
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final DatabaseStatus database;
    private final String kind;

    DatabaseHealth(DatabaseStatus database) {
        this.database = database;
        this.kind = database.kind();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        // A pool waits for a connection far longer than a probe does: the check runs off the event
        // loop and is given up on after PATIENCE.
        return Mono.fromCallable(this::check)
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(PATIENCE, Mono.fromSupplier(() -> down("no answer within " + PATIENCE.toSeconds() + " s")))
                .onErrorResume(failure -> Mono.just(down(reason(failure))));
    }

    private HealthResult check() throws Exception {
        if (database.answers(PATIENCE)) {
            return HealthResult.builder(NAME, HealthStatus.UP)
                    .details(Map.of("kind", kind))
                    .build();
        }
        return down("the connection did not answer");
    }

    private HealthResult down(String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("problem", reason);
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
    }

    /** The failure's kind, not its message: a driver's message can carry the address or the user. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "cannot connect (" + root.getClass().getSimpleName() + ")";
    }
}
