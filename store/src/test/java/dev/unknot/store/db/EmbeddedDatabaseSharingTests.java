package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.Habit;
import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.checkin.RecordedCheckIn;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.habit.NewHabit;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.testing.TestDatabase;
import dev.unknot.store.testing.TestPlugin;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web server and the CLI share the embedded H2 file: two processes record check-ins into it
 * at the same time, and every one arrives exactly once.
 */
class EmbeddedDatabaseSharingTests {

    private static final int EACH = 100;
    private static final int SHARED = 40;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoProcessesWritingAtOnceLoseAndDuplicateNothing() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        Path home = database.home();
        try (database;
                ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                        .properties(Map.of("unknot.home", home.toString(), "unknot.test.real-clock", "true")).start()) {
            // This process opens the file first, so it serves it; the child connects through H2's server.
            Person person = context.getBean(PersonService.class).local();
            Habit habit = context.getBean(HabitService.class).create(person.id(),
                    NewHabit.technique(TestPlugin.NECK_ROLL));
            CheckInService checkIns = context.getBean(CheckInService.class);

            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CheckInWriter.class.getName(), home.toString(), habit.id().toString(),
                    Integer.toString(EACH), Integer.toString(SHARED))
                    .redirectErrorStream(true)
                    .start();
            List<String> output = new ArrayList<>();
            try {
                BufferedReader childOut = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                waitFor("READY", childOut, output);
                Writer childIn = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                childIn.write("GO\n");
                childIn.flush();

                CheckInWriter.write(checkIns, person, habit.id(), "parent", EACH, SHARED);

                waitFor("DONE", childOut, output);
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as("child output:%n%s", String.join("\n", output)).isZero();
            } finally {
                child.destroyForcibly();
            }

            List<String> clientIds = checkIns.history(person.id()).stream()
                    .map(recorded -> recorded.checkIn().clientId()).toList();
            // They really wrote at the same time: the child's check-ins fall among the parent's.
            int firstParent = clientIds.indexOf("parent-0");
            int lastParent = clientIds.indexOf("parent-" + (EACH - 1));
            assertThat(clientIds.subList(firstParent, lastParent)).anyMatch(id -> id.startsWith("child-"));
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < EACH; i++) {
                expected.add("parent-" + i);
                expected.add("child-" + i);
            }
            for (int i = 0; i < SHARED; i++) {
                expected.add("shared-" + i);
            }
            assertThat(clientIds).hasSize(2 * EACH + SHARED).doesNotHaveDuplicates();
            assertThat(Set.copyOf(clientIds)).isEqualTo(expected);
            Map<String, Integer> levels = checkIns.history(person.id()).stream()
                    .filter(recorded -> !recorded.checkIn().clientId().startsWith("shared"))
                    .collect(Collectors.toMap(recorded -> recorded.checkIn().clientId(), TestView::before));
            assertThat(levels.get("child-" + (EACH - 1))).isEqualTo((EACH - 1) % 11);
        }
    }

    private static void waitFor(String line, BufferedReader out, List<String> seen) throws Exception {
        String read;
        while ((read = out.readLine()) != null) {
            seen.add(read);
            if (read.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the child process ended before " + line + ":\n" + String.join("\n", seen));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static final class TestView {
        static Integer before(RecordedCheckIn recorded) {
            return recorded.checkIn().before().map(tightness -> tightness.level()).orElse(-1);
        }
    }
}
