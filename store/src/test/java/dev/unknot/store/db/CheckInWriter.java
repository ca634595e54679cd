package dev.unknot.store.db;

import dev.unknot.core.habit.HabitId;
import dev.unknot.store.checkin.CheckInRequest;
import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The second process of {@link EmbeddedDatabaseSharingTests}: opens the store on the same
 * {@code UNKNOT_HOME}, says {@code READY}, waits for {@code GO}, then records check-ins as the
 * writer the test names would.
 *
 * <p>Arguments: home, habit id, check-ins to write, shared check-ins to write.
 */
public final class CheckInWriter {

    private CheckInWriter() {}

    public static void main(String[] args) throws Exception {
        String home = args[0];
        HabitId habit = new HabitId(Long.parseLong(args[1]));
        int count = Integer.parseInt(args[2]);
        int shared = Integer.parseInt(args[3]);
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("unknot.home", home, "unknot.test.real-clock", "true")).start()) {
            Person person = context.getBean(PersonService.class).local();
            CheckInService checkIns = context.getBean(CheckInService.class);
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(in.readLine())) {
                throw new IllegalStateException("expected GO");
            }
            write(checkIns, person, habit, "child", count, shared);
        }
        System.out.println("DONE");
    }

    /** What each process writes: its own check-ins, each sent twice, and the shared ones. */
    static void write(CheckInService checkIns, Person person, HabitId habit, String writer, int count, int shared) {
        for (int i = 0; i < count; i++) {
            CheckInRequest request = CheckInRequest.of(writer + "-" + i, habit).tightness(i % 11, null);
            checkIns.record(person.id(), request);
            if (i % 5 == 0) {
                checkIns.record(person.id(), request);
            }
            if (i < shared) {
                checkIns.record(person.id(), CheckInRequest.of("shared-" + i, habit));
            }
        }
    }
}
