package dev.unknot.store.db;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;

/**
 * Measures what a CLI command pays: starting the context, opening the embedded database (pool and
 * Flyway), and recording one check-in. Run it in a fresh JVM with {@code UNKNOT_HOME} pointing at
 * a directory; the first run creates the database, later runs find it migrated.
 */
public final class StartupTimer {

    private StartupTimer() {}

    public static void main(String[] args) {
        long jvmStart =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", args[0], "unknot.test.real-clock", "true"))
                .start()) {
            long started = System.nanoTime();
            context.getBean(DatabaseSettings.class);
            context.getBean(ConnectionPool.class);
            long pool = System.nanoTime();
            Person person = context.getBean(PersonService.class).local();
            long opened = System.nanoTime();
            HabitService habits = context.getBean(HabitService.class);
            List<Habit> list = habits.list(person.id());
            Habit habit = list.isEmpty() ? habits.create(person.id(), NewHabit.custom("Stand up")) : list.get(0);
            context.getBean(CheckInService.class)
                    .record(person.id(), CheckInRequest.of(habit.id()).tightness(5, 3));
            long recorded = System.nanoTime();
            System.out.printf(
                    "jvm-to-main=%d context=%d pool-and-schema=%d first-query=%d checkin=%d total-in-main=%d%n",
                    System.currentTimeMillis() - jvmStart - (recorded - t0) / 1_000_000,
                    (started - t0) / 1_000_000,
                    (pool - started) / 1_000_000,
                    (opened - pool) / 1_000_000,
                    (recorded - opened) / 1_000_000,
                    (recorded - t0) / 1_000_000);
        }
    }
}
