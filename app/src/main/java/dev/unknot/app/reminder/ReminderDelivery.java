package dev.unknot.app.reminder;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonId;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.reminder.Reminder;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.reminder.DeliveryBatches;
import dev.unknot.store.reminder.DeliveryRepository;
import dev.unknot.store.reminder.DeliveryRow;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that have fallen due, each once, however many servers share the database.
 *
 * <p>Each run looks back over the time since the run before (at most {@link #LATEST}), and for
 * each reminder due and each of its person's channels inserts a delivery row before sending: the
 * row's unique key (habit, slot, channel) lets one server in and keeps the others out. A send that
 * fails is tried again after {@link #backoff}, up to {@link #ATTEMPTS} times, then recorded as
 * failed; a reminder more than {@link #LATEST} late is dropped rather than sent.
 */
@Singleton
public class ReminderDelivery {

    /** How late a reminder may still be sent. */
    public static final Duration LATEST = Duration.ofHours(1);

    /** How many times a reminder is tried on one channel. */
    public static final int ATTEMPTS = 4;

    /** How long a claim may stay unfinished before another server takes it over (its server stopped). */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderDelivery.class);

    private final ReminderService reminders;
    private final HabitService habits;
    private final DeliveryRepository deliveries;
    private final DeliveryBatches batches;
    private final Transactions transactions;
    private final Map<Channel, ReminderSender> senders = new EnumMap<>(Channel.class);
    private final Optional<URI> publicAddress;
    private final ExecutorService sending;
    private final ApplicationEventPublisher<ReminderSendOutcome> outcomes;
    private Instant scannedUntil;

    ReminderDelivery(
            ReminderService reminders,
            HabitService habits,
            DeliveryRepository deliveries,
            DeliveryBatches batches,
            Transactions transactions,
            List<ReminderSender> senders,
            @Property(name = "unknot.public-url") Optional<String> publicAddress,
            @Property(name = "unknot.reminders.senders") Optional<Integer> threads,
            ApplicationEventPublisher<ReminderSendOutcome> outcomes) {
        this.outcomes = outcomes;
        this.reminders = reminders;
        this.habits = habits;
        this.deliveries = deliveries;
        this.batches = batches;
        this.transactions = transactions;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.publicAddress = publicAddress.filter(value -> !value.isBlank()).map(URI::create);
        AtomicInteger count = new AtomicInteger();
        this.sending = Executors.newFixedThreadPool(Math.max(1, threads.orElse(8)), work -> {
            Thread thread = new Thread(work, "unknot-reminders-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What one run did. */
    public record Run(int sent, int retrying, int failed, int dropped) {}

    /** How long to wait after the {@code attempt}-th failed send: 30 s, 2 min, 8 min. */
    static Duration backoff(int attempt) {
        return Duration.ofSeconds(30L << (2 * (attempt - 1)));
    }

    /** Sends what is due at {@code now}, and what waits for another attempt; one run at a time per server. */
    public synchronized Run deliverDue(Instant now) {
        Instant earliest = now.minus(LATEST);
        // A little overlap with the run before costs nothing: a claimed reminder is not claimed twice.
        Instant from = scannedUntil == null || scannedUntil.minusSeconds(60).isBefore(earliest)
                ? earliest
                : scannedUntil.minusSeconds(60);
        Instant until = now.plusMillis(1);
        List<Future<List<String>>> sends = new ArrayList<>();
        // Each person's reminders are one task on the pool: reading what is due, claiming and
        // sending for several people at once rather than one after the other.
        reminders
                .remindedBetween(from, until)
                .forEach((person, settings) ->
                        sends.add(sending.submit(() -> deliverDue(person, settings, from, until, now))));
        scannedUntil = until;
        int dropped = 0;
        for (DeliveryRow row : transactions.inOneReading(() -> deliveries.findWaiting(now, now.minus(ABANDONED)))) {
            boolean reclaimed =
                    transactions.inOne(() -> deliveries.reclaim(row.id(), row.status(), row.attempts(), now) == 1);
            if (!reclaimed) {
                continue;
            }
            if (row.dueAt().isBefore(earliest)) {
                record(row.id(), "DROPPED", row.attempts(), null, now, "more than an hour late");
                dropped++;
                continue;
            }
            PersonId person = new PersonId(row.personId());
            Habit habit = habits.get(person, new HabitId(row.habitId()));
            Reminder reminder = new Reminder(
                    habit, LocalDateTime.parse(row.slot()).toLocalDate(), LocalDateTime.parse(row.slot()), row.dueAt());
            Attempt attempt = new Attempt(
                    person,
                    reminder,
                    Channel.valueOf(row.channel()),
                    reminders.settings(person),
                    row.snoozes(),
                    row.attempts(),
                    row.id());
            sends.add(sending.submit(() -> send(List.of(attempt), now)));
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (Future<List<String>> outcome : sends) {
            try {
                for (String status : outcome.get()) {
                    switch (status) {
                        case "SENT" -> sent++;
                        case "RETRY" -> retrying++;
                        case "DROPPED" -> dropped++;
                        default -> failed++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("Reminders could not be claimed, sent or recorded", e.getCause());
                failed++;
            }
        }
        // Connections kept open through a run of sends are not left open until the next reminder.
        senders.values().forEach(ReminderSender::idle);
        return new Run(sent, retrying, failed, dropped);
    }

    /** Claims the person's reminders due from {@code from} to {@code until}, sends them and records how each went. */
    private List<String> deliverDue(
            PersonId person, ReminderSettings settings, Instant from, Instant until, Instant now) {
        List<DueReminder> due = reminders.dueToSend(person, from, until);
        // A person's claims in one transaction, taken in one order (time, habit, channel) by every
        // server, so two servers wait for each other rather than deadlock.
        List<Attempt> wanted = new ArrayList<>();
        List<DeliveryBatches.Claim> claims = new ArrayList<>();
        for (DueReminder each : due) {
            Reminder reminder = each.reminder();
            for (Channel channel : settings.channels()) {
                wanted.add(new Attempt(person, reminder, channel, settings, each.snoozes(), 0, 0));
                claims.add(new DeliveryBatches.Claim(
                        reminder.habit().id().value(),
                        reminder.slot().toString(),
                        channel.name(),
                        each.snoozes(),
                        reminder.due()));
            }
        }
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Optional<Long>> ids = transactions.inOne(() -> batches.claim(person.value(), claims, now));
        List<Attempt> claimed = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Attempt attempt = wanted.get(i);
            ids.get(i).ifPresent(id -> claimed.add(attempt.withId(id)));
        }
        return claimed.isEmpty() ? List.of() : send(claimed, now);
    }

    private record Attempt(
            PersonId person,
            Reminder reminder,
            Channel channel,
            ReminderSettings settings,
            int snoozes,
            int attempts,
            long id) {

        Attempt withId(long claimed) {
            return new Attempt(person, reminder, channel, settings, snoozes, attempts, claimed);
        }
    }

    /**
     * Sends a person's claimed attempts one after the other, then records how each went in one
     * batch: a record a send would cost a round trip or two to the database.
     */
    private List<String> send(List<Attempt> attempts, Instant now) {
        List<DeliveryBatches.Outcome> recorded = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            recorded.add(send(attempt, now));
        }
        transactions.inOne(() -> {
            batches.record(recorded);
            return null;
        });
        return recorded.stream().map(DeliveryBatches.Outcome::status).toList();
    }

    private DeliveryBatches.Outcome send(Attempt attempt, Instant now) {
        Reminder reminder = attempt.reminder();
        long id = attempt.id();
        int tried = attempt.attempts() + 1;
        ReminderSender sender = senders.get(attempt.channel());
        try {
            if (sender == null) {
                throw new ReminderSender.SendFailedException(
                        "no sender for " + attempt.channel().text());
            }
            sender.send(attempt.person(), attempt.settings(), ReminderMessage.of(reminder, publicAddress));
            outcomes.publishEvent(new ReminderSendOutcome(attempt.channel(), true));
            return new DeliveryBatches.Outcome(id, "SENT", tried, null, now, null);
        } catch (RuntimeException e) {
            outcomes.publishEvent(new ReminderSendOutcome(attempt.channel(), false));
            Instant next = now.plus(backoff(tried));
            String status =
                    tried >= ATTEMPTS ? "FAILED" : next.isAfter(reminder.due().plus(LATEST)) ? "DROPPED" : "RETRY";
            LOG.warn(
                    "Reminder of habit {} for {} by {} not sent (attempt {} of {}): {}",
                    reminder.habit().id().value(),
                    reminder.slot(),
                    attempt.channel().text(),
                    tried,
                    ATTEMPTS,
                    e.getMessage());
            return new DeliveryBatches.Outcome(
                    id, status, tried, status.equals("RETRY") ? next : null, now, shortened(e.getMessage()));
        }
    }

    private static String shortened(String error) {
        return error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    private void record(long id, String status, int attempts, Instant next, Instant at, String error) {
        transactions.inOne(() -> {
            deliveries.record(id, status, attempts, next, at, shortened(error));
            return null;
        });
    }

    /**
     * Sends a test message over {@code channel} to where the person's settings say.
     *
     * @throws TestReminderNotSentException saying why it did not go: how the server or the person is set up
     */
    public void sendTest(PersonId person, Channel channel) {
        ReminderSettings settings = reminders.settings(person);
        ReminderSender sender = senders.get(channel);
        try {
            if (sender == null) {
                throw new ReminderSender.SendFailedException("this server cannot send by " + channel.text());
            }
            sender.send(person, settings, ReminderMessage.test(channel, publicAddress));
        } catch (ReminderSender.SendFailedException e) {
            throw new TestReminderNotSentException(channel, e.getMessage(), e);
        }
    }

    /** Forgets how far the runs before have looked, as a restarted server would. */
    synchronized void forgetRuns() {
        scannedUntil = null;
    }

    @PreDestroy
    void stop() {
        sending.shutdownNow();
    }
}
