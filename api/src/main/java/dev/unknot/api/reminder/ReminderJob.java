package dev.unknot.api.reminder;

import dev.unknot.app.reminder.ReminderDelivery;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due reminders from the server: once the server has started, a run every
 * {@code unknot.reminders.every} (10 s unless set), so none goes out more than a run and its sends
 * late. Off with {@code UNKNOT_REMINDERS_DELIVERY=false}; several servers may all run it, as each
 * reminder is claimed once in the database. A thread of its own rather than {@code @Scheduled}, so
 * that a command-line run, which never starts the server, schedules nothing.
 */
@Singleton
@Requires(property = "unknot.reminders.delivery", notEquals = "false")
class ReminderJob implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderDelivery delivery;
    private final Clock clock;
    private final Duration every;
    private ScheduledExecutorService runs;

    ReminderJob(
            ReminderDelivery delivery,
            Clock clock,
            @Property(name = "unknot.reminders.every") Optional<Duration> every) {
        this.delivery = delivery;
        this.clock = clock;
        this.every = every.orElse(Duration.ofSeconds(10));
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (runs != null) {
            return;
        }
        runs = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "unknot-reminder-job");
            thread.setDaemon(true);
            return thread;
        });
        runs.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            ReminderDelivery.Run run = delivery.deliverDue(clock.instant());
            if (run.failed() + run.dropped() > 0) {
                LOG.warn(
                        "Reminders: {} sent, {} to retry, {} failed, {} dropped as too late",
                        run.sent(),
                        run.retrying(),
                        run.failed(),
                        run.dropped());
            }
        } catch (RuntimeException e) {
            // The next run tries again; an exception here would end the runs for good.
            LOG.error("Reminders could not be sent this time", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (runs != null) {
            runs.shutdownNow();
        }
    }
}
