package dev.unknot.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.habit.Habit;
import dev.unknot.store.db.CheckInWriter;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web server keeps a person's history in memory while the CLI, another process, records
 * check-ins into the same embedded database: the server's next read has them.
 */
class HistoryFromAnotherProcessTests {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void checkInsRecordedByAnotherProcessAreInTheNextRead() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        Path home = database.home();
        try (database;
                ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(Map.of("unknot.home", home.toString(), "unknot.test.real-clock", "true"))
                        .start()) {
            Person person = context.getBean(PersonService.class).local();
            Habit habit =
                    context.getBean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
            CheckInService checkIns = context.getBean(CheckInService.class);
            checkIns.record(person.id(), CheckInRequest.of("here", habit.id()));
            assertThat(checkIns.history(person.id())).hasSize(1);
            assertThat(checkIns.history(person.id())).as("now read from memory").hasSize(1);

            try (CheckInWriter child = CheckInWriter.start(home, habit.id(), 3, 0)) {
                child.go();
                child.awaitDone();
            }

            assertThat(checkIns.history(person.id()))
                    .extracting(recorded -> recorded.checkIn().clientId())
                    .containsExactlyInAnyOrder("here", "child-0", "child-1", "child-2");
        }
    }
}
