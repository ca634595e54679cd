package dev.unknot.api.reminder;

import dev.unknot.app.reminder.ReminderDelivery;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due reminders from the server: a run every {@code unknot.reminders.every} (10 s unless
 * set), so none goes out more than a run and its sends late. Off with
 * {@code UNKNOT_REMINDERS_DELIVERY=false}, e.g. on all but one of several servers (though several
 * may run it: each reminder is claimed once in the database).
 */
@Singleton
@Requires(property = "unknot.reminders.delivery", notEquals = "false")
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderDelivery delivery;
    private final Clock clock;

    ReminderJob(ReminderDelivery delivery, Clock clock) {
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${unknot.reminders.every:10s}", initialDelay = "${unknot.reminders.every:10s}")
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
            // The next run tries again; a stopped scheduler would send nothing more.
            LOG.error("Reminders could not be sent this time", e);
        }
    }
}
