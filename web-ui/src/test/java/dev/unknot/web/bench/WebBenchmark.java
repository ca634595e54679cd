package dev.unknot.web.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.web.session.SignedIn;
import dev.unknot.web.testing.MockUnknot;
import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Server-side time to build Today and Progress for a person with 10 daily habits and 5 years of
 * daily check-ins (18,250), on the embedded database, through the same views and services the
 * server runs (Karibu's mocked Vaadin, no browser or network), then each service call behind
 * them. Run by {@code bench/web.sh}. Heap per session is not measured here: Karibu builds a mock
 * servlet per session, which would swamp the figure.
 */
public final class WebBenchmark {

    static final int HABITS = 10;
    static final int YEARS = 5;
    static final int WARM_UP = 30;
    static final int MEASURED = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WebBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("unknot-web-bench");
        try (ApplicationContext context = MockUnknot.context(home)) {
            long seeding = System.nanoTime();
            Person person = context.getBean(PersonService.class).createAccount("bench", "not-a-real-hash");
            int stored = seed(context, person);
            System.out.printf(
                    Locale.ROOT,
                    "load average %.2f on %d processors%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "seeded %d habits, %d check-ins in %.1f s%n",
                    HABITS,
                    stored,
                    (System.nanoTime() - seeding) / 1e9);

            // The server runs Vaadin in production mode; development mode adds costs of its own,
            // such as recording where each component was created.
            System.setProperty("vaadin.productionMode", "true");
            MockUnknot.setUp(context);
            System.out.println("production mode: "
                    + VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode());
            SignedIn.remember(new SignedIn(person.id(), person.username()));
            // A habit's own page opens on the month of today, its five years of history behind it.
            String habitPage = "progress/"
                    + context.getBean(dev.unknot.app.habit.HabitService.class)
                            .list(person.id())
                            .get(0)
                            .id()
                            .value();
            for (int i = 0; i < WARM_UP; i++) {
                time("");
                time("progress");
                time(habitPage);
            }
            double[] todayMs = new double[MEASURED];
            double[] progressMs = new double[MEASURED];
            double[] habitMs = new double[MEASURED];
            double[] todayCpuMs = new double[MEASURED];
            double[] progressCpuMs = new double[MEASURED];
            double[] habitCpuMs = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                todayMs[i] = time("");
                todayCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                cpu = THREADS.getCurrentThreadCpuTime();
                progressMs[i] = time("progress");
                progressCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                cpu = THREADS.getCurrentThreadCpuTime();
                habitMs[i] = time(habitPage);
                habitCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            report("Today", todayMs);
            report("Progress", progressMs);
            report("A habit's page", habitMs);
            // On a shared machine the wall clock also counts the time other processes held the CPU;
            // the thread's CPU time is what the page itself cost.
            report("Today, CPU time", todayCpuMs);
            report("Progress, CPU time", progressCpuMs);
            report("A habit's page, CPU time", habitCpuMs);
            MockUnknot.tearDown();

            // Where the time goes: each service call the two views make, on its own.
            dev.unknot.app.progress.ProgressService progress =
                    context.getBean(dev.unknot.app.progress.ProgressService.class);
            dev.unknot.app.advice.AdviceService advice = context.getBean(dev.unknot.app.advice.AdviceService.class);
            CheckInService checkIns = context.getBean(CheckInService.class);
            service("today", () -> progress.today(person.id()));
            service("progress (all habits, 26 weeks)", () -> progress.progress(person.id(), 26));
            service("advice", () -> advice.advice(person.id()));
            service(
                    "progress report (26 weeks, 90 days of trend, relief)",
                    () -> progress.report(person.id(), java.util.Optional.empty(), 26, 90));
            service(
                    "check-ins of 90 days",
                    () -> checkIns.list(
                            person.id(),
                            new dev.unknot.core.calendar.DateRange(
                                    java.time.LocalDate.of(2024, 12, 1), java.time.LocalDate.of(2025, 3, 1))));
        }
    }

    /**
     * Gives {@code person} {@value #HABITS} daily habits with {@value #YEARS} years of daily
     * check-ins through the JSON import, the bulk path a person moving in takes; returns how many.
     */
    static int seed(ApplicationContext context, Person person) {
        LocalDate today = person.calendar().today(context.getBean(Clock.class));
        LocalDate first = today.minusYears(YEARS);
        StringBuilder json = new StringBuilder()
                .append("{\"format\":\"unknot-export\",\"version\":1,")
                .append("\"settings\":{\"timeZone\":\"")
                .append(person.calendar().zone().getId())
                .append("\",\"dayStart\":\"")
                .append(person.calendar().dayStart())
                .append("\"},\"habits\":[");
        for (int h = 1; h <= HABITS; h++) {
            json.append(h == 1 ? "" : ",")
                    .append("{\"ref\":")
                    .append(h)
                    .append(",\"name\":\"Habit ")
                    .append(h)
                    .append("\",\"status\":\"active\",\"startsOn\":\"")
                    .append(first)
                    .append("\",\"target\":{\"custom\":\"Habit ")
                    .append(h)
                    .append("\"},\"schedule\":{\"kind\":\"daily\"},\"metric\":{\"kind\":\"yes-no\"}}");
        }
        json.append("],\"checkIns\":[");
        int stored = 0;
        for (int h = 1; h <= HABITS; h++) {
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                Instant at = person.calendar().startOf(day).plusSeconds(12 * 3600 + h * 60L);
                json.append(stored == 0 ? "" : ",")
                        .append("{\"clientId\":\"seed-")
                        .append(stored)
                        .append("\",\"habit\":")
                        .append(h)
                        .append(",\"at\":\"")
                        .append(at)
                        .append("\",\"amount\":1");
                if (day.getDayOfMonth() % 3 == 0) {
                    json.append(",\"before\":6,\"after\":3");
                }
                json.append(",\"recordedAt\":\"").append(at).append("\"}");
                stored++;
            }
        }
        json.append("]}");
        return context.getBean(TransferService.class)
                .importJson(person.id(), json.toString())
                .checkIns();
    }

    private static void service(String name, Runnable call) {
        for (int i = 0; i < 10; i++) {
            call.run();
        }
        double[] millis = new double[30];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        report("  " + name, millis);
    }

    private static double time(String location) {
        long start = System.nanoTime();
        UI.getCurrent().navigate(location);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String view, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d builds)%n",
                view,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                sorted.length);
    }
}
