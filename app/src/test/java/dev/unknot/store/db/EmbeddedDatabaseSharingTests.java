package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
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
                ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(Map.of("unknot.home", home.toString(), "unknot.test.real-clock", "true"))
                        .start()) {
            // This process opens the file first, so it serves it; the child connects through H2's server.
            Person person = context.getBean(PersonService.class).local();
            Habit habit =
                    context.getBean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
            CheckInService checkIns = context.getBean(CheckInService.class);
            CheckInHistory history = context.getBean(CheckInHistory.class);

            try (CheckInWriter child = CheckInWriter.start(home, habit.id(), EACH, SHARED)) {
                child.go();
                CheckInWriter.write(checkIns, person, habit.id(), "parent", EACH, SHARED);
                child.awaitDone();
            }

            List<String> clientIds = history.all(person.id()).stream()
                    .map(recorded -> recorded.checkIn().clientId())
                    .toList();
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
            Map<String, Integer> levels = history.all(person.id()).stream()
                    .filter(recorded -> !recorded.checkIn().clientId().startsWith("shared"))
                    .collect(Collectors.toMap(recorded -> recorded.checkIn().clientId(), TestView::before));
            assertThat(levels.get("child-" + (EACH - 1))).isEqualTo((EACH - 1) % 11);
        }
    }

    private static final class TestView {
        static Integer before(RecordedCheckIn recorded) {
            return recorded.checkIn()
                    .before()
                    .map(tightness -> tightness.level())
                    .orElse(-1);
        }
    }
}
