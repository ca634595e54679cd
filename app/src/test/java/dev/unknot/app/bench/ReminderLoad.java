package dev.unknot.app.bench;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderDelivery;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.app.testing.TestClock;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.reminder.ReminderTimes;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many people reminded in the same minute, by email, from one server on PostgreSQL (or H2): how
 * late each reminder reaches a real SMTP server, and what the delivery job costs.
 *
 * <p>Seeds {@code people} people with {@code habits} daily habits each, all reminding at the same
 * minute, then runs the delivery job as the server does (a run every 10 s) against real time. A
 * reminder's delay is from its due minute to the moment the mail server stored it. Also times a run with nothing due, the price of the job's scan of everyone who has
 * reminders. The mail server runs in this process, so the CPU figure includes receiving.
 *
 * <p>Run by {@code bench/reminders.sh}; arguments: {@code postgres|h2 [people] [habits]}.
 */
public final class ReminderLoad {

    private static final Duration EVERY = Duration.ofSeconds(10);

    private ReminderLoad() {}

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length == 0 || args[0].equals("postgres");
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int habits = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int expected = people * habits;
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("unknot.smtp.url", "smtp://127.0.0.1:" + mail.getSmtp().getPort());
        properties.put("unknot.mail.from", "unknot@example.org");
        try (TestDatabase database = postgres ? TestDatabase.postgres() : TestDatabase.h2();
                ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(database.properties())
                        .properties(properties)
                        .start()) {
            context.getBean(TestClock.class).set(Instant.now());
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d people x %d habits = %d reminders in one minute; load average %.2f on %d processors%n",
                    database.name(),
                    people,
                    habits,
                    expected,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());

            // Due at a whole minute far enough ahead for the seeding to finish first.
            long seedingStart = System.nanoTime();
            ZoneId zone = ZoneId.of("Europe/Berlin");
            ZonedDateTime due = ZonedDateTime.now(zone)
                    .plus(Duration.ofSeconds(20 + expected / 200))
                    .truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            LocalTime at = due.toLocalTime();
            seed(context, people, habits, zone, at);
            System.out.printf(
                    Locale.ROOT,
                    "seeded in %.1f s; reminders due at %s%n",
                    (System.nanoTime() - seedingStart) / 1e9,
                    due.toLocalTime());
            if (Instant.now().isAfter(due.toInstant().minusSeconds(15))) {
                System.out.println("seeding took longer than planned: the figures below include that lateness");
            }

            ReminderDelivery delivery = context.getBean(ReminderDelivery.class);
            // A run with nothing due, twice: the first warms the JVM up.
            delivery.deliverDue(Instant.now());
            long idle = System.nanoTime();
            delivery.deliverDue(Instant.now());
            System.out.printf(
                    Locale.ROOT,
                    "a run with nothing due (reads everyone with reminders): %.0f ms%n",
                    (System.nanoTime() - idle) / 1e6);

            // The job's first run after the due minute happens up to 10 s later, as on a server whose
            // runs are not aligned to minutes; wait for a random phase.
            long phase = (long) (Math.random() * EVERY.toMillis());
            Thread.sleep(
                    Math.max(0, Duration.between(Instant.now(), due.toInstant()).toMillis()) + phase);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            ExecutorService job = Executors.newSingleThreadExecutor();
            AtomicInteger sent = new AtomicInteger();
            List<Long> delays = new ArrayList<>(expected);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            Future<?> runs = job.submit(() -> {
                while (sent.get() < expected && System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    ReminderDelivery.Run run = delivery.deliverDue(Instant.now());
                    sent.addAndGet(run.sent());
                    if (run.failed() + run.dropped() + run.retrying() > 0) {
                        System.out.println("  run: " + run);
                    }
                    long rest = EVERY.toMillis() - (System.nanoTime() - start) / 1_000_000;
                    try {
                        Thread.sleep(Math.max(0, rest));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            // Counting every 250 ms, not faster: each count walks the mail server's every mailbox, and
            // the delay is taken from the time the server stored each mail, not from the count.
            int received = 0;
            while (received < expected && System.nanoTime() < deadline) {
                received =
                        mail.getManagers().getImapHostManager().getAllMessages().size();
                Thread.sleep(250);
            }
            for (StoredMessage each : mail.getManagers().getImapHostManager().getAllMessages()) {
                delays.add(
                        Duration.between(due.toInstant(), each.getReceivedDate().toInstant())
                                .toMillis());
            }
            runs.cancel(true);
            job.shutdownNow();
            double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            long[] sorted = delays.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT, "received %d of %d mails (%d sent by the job)%n", received, expected, sent.get());
            if (sorted.length > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "delay from due to receipt: p50 %.1f s, p99 %.1f s, max %.1f s (the job's first run came %.1f s"
                                + " after the minute)%n",
                        sorted[sorted.length / 2] / 1e3,
                        sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e3,
                        sorted[sorted.length - 1] / 1e3,
                        phase / 1e3);
                System.out.printf(
                        Locale.ROOT,
                        "process CPU while delivering: %.0f ms, %.2f ms per reminder (mail server included)%n",
                        cpuMs,
                        cpuMs / Math.max(1, received));
            }
        } finally {
            mail.stop();
        }
    }

    /** Every person reminded by email; their habits daily, reminding at {@code at} in {@code zone}. */
    private static void seed(ApplicationContext context, int people, int habits, ZoneId zone, LocalTime at)
            throws Exception {
        PersonService persons = context.getBean(PersonService.class);
        HabitService habitService = context.getBean(HabitService.class);
        ReminderService reminders = context.getBean(ReminderService.class);
        ExecutorService seeders = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            int number = p;
            work.add(seeders.submit(() -> {
                Person person = persons.createAccount("reminded-" + number, "{bench}hash");
                persons.changeCalendar(person.id(), zone.getId(), "00:00");
                reminders.changeSettings(
                        person.id(),
                        new ReminderSettings(
                                Set.of(Channel.EMAIL),
                                Optional.of("reminded-" + number + "@example.org"),
                                Optional.empty(),
                                Optional.empty()));
                for (int h = 0; h < habits; h++) {
                    Habit habit = habitService.create(
                            person.id(), NewHabit.custom("Habit " + h).named("Habit " + h));
                    reminders.changeTimes(person.id(), habit.id(), ReminderTimes.at(at));
                }
                return null;
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        seeders.shutdown();
    }
}
