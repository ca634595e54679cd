package dev.unknot.web.operations;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.unknot.app.checkin.CheckInRecorded;
import dev.unknot.app.operations.DatabaseStatus;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderSendOutcome;
import dev.unknot.app.token.TokenService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.configuration.metrics.annotation.RequiresMetrics;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unknot's own meters beside Micronaut's (HTTP requests by route, JVM memory): check-ins recorded,
 * reminders sent and failed by channel, the access-token cache's hits and misses, and the database
 * pool's connections. Counts only: no meter is tagged with anything that names or describes a person.
 */
@Singleton
@RequiresMetrics
final class UnknotMeters implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(UnknotMeters.class);

    static final String CHECK_INS = "unknot.checkins.recorded";
    static final String REMINDERS_SENT = "unknot.reminders.sent";
    static final String REMINDERS_FAILED = "unknot.reminders.failed";
    static final String TOKEN_CACHE = "access-tokens";

    private final TokenService tokens;
    private final DatabaseStatus database;
    private volatile Counter checkIns;
    private final Map<Channel, Counter> remindersSent = new ConcurrentHashMap<>();
    private final Map<Channel, Counter> remindersFailed = new ConcurrentHashMap<>();

    UnknotMeters(TokenService tokens, DatabaseStatus database) {
        this.tokens = tokens;
        this.database = database;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        checkIns = Counter.builder(CHECK_INS)
                .description("Check-ins newly stored since the server started")
                .register(registry);
        for (Channel channel : Channel.values()) {
            remindersSent.put(
                    channel,
                    Counter.builder(REMINDERS_SENT)
                            .description("Reminders sent since the server started")
                            .tag("channel", channel.text())
                            .register(registry));
            remindersFailed.put(
                    channel,
                    Counter.builder(REMINDERS_FAILED)
                            .description("Attempts to send a reminder that failed (each retry counts)")
                            .tag("channel", channel.text())
                            .register(registry));
        }
        cache(registry, "hit", CacheStats::hitCount);
        cache(registry, "miss", CacheStats::missCount);
        FunctionCounter.builder(
                        "cache.evictions",
                        tokens,
                        each -> each.rememberedStats().evictionCount())
                .tag("cache", TOKEN_CACHE)
                .register(registry);
        Gauge.builder("cache.size", tokens, TokenService::rememberedCount)
                .tag("cache", TOKEN_CACHE)
                .register(registry);
        pool(registry);
    }

    /** Counted as Micrometer's own Caffeine binder names them, so that dashboards made for it fit. */
    private void cache(MeterRegistry registry, String result, ToDoubleFunction<CacheStats> count) {
        FunctionCounter.builder("cache.gets", tokens, each -> count.applyAsDouble(each.rememberedStats()))
                .tag("cache", TOKEN_CACHE)
                .tag("result", result)
                .register(registry);
    }

    /** HikariCP's own meters ({@code hikaricp.connections.*}), for a server's pool. */
    private void pool(MeterRegistry registry) {
        try {
            database.hikari()
                    .filter(hikari -> hikari.getMetricRegistry() == null)
                    .ifPresent(hikari -> hikari.setMetricRegistry(registry));
        } catch (RuntimeException e) {
            LOG.warn("The database pool's metrics are not available: {}", e.getMessage());
        }
    }

    @EventListener
    void reminderSend(ReminderSendOutcome outcome) {
        Counter counter = (outcome.sent() ? remindersSent : remindersFailed).get(outcome.channel());
        if (counter != null) {
            counter.increment();
        }
    }

    @EventListener
    void recorded(CheckInRecorded event) {
        Counter counter = checkIns;
        if (counter != null) {
            counter.increment();
        }
    }
}
