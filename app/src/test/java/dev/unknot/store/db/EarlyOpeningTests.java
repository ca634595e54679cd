package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.UnknotPaths;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.core.habit.Habit;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarlyOpeningTests {

    @Test
    void aHomeWithoutADatabaseIsLeftToTheStore() {
        Path home = TestDatabase.temporaryDirectory();
        try (EarlyOpening opening = EarlyOpening.begin(home)) {
            assertThat(opening.started()).isFalse();
        }
        assertThat(home.resolve("unknot.mv.db")).doesNotExist();
    }

    @Test
    void theStoreWorksOnADatabaseOpenedEarly() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        Map<String, Object> properties = Map.of(
                "unknot.home",
                database.home().toString(),
                "unknot.database.one-command",
                "true",
                "unknot.test.real-clock",
                "true");
        try (database) {
            try (ApplicationContext context = start(properties)) {
                Person person = context.getBean(PersonService.class).local();
                context.getBean(HabitService.class).create(person.id(), NewHabit.custom("Stand up"));
            }
            assertThat(EarlyOpening.embeddedUrl(database.home()))
                    .as("the URL the store opens")
                    .hasValue(DatabaseSettings.embeddedUrl(database.home()));

            try (EarlyOpening opening = EarlyOpening.begin(database.home());
                    ApplicationContext context = start(properties)) {
                assertThat(opening.started()).isTrue();
                Person person = context.getBean(PersonService.class).local();
                Habit habit =
                        context.getBean(HabitService.class).list(person.id()).get(0);
                context.getBean(CheckInService.class).record(person.id(), CheckInRequest.of(habit.id()));
                assertThat(context.getBean(CheckInHistory.class).all(person.id()))
                        .hasSize(1);
            }
            try (ApplicationContext context = start(properties)) {
                Person person = context.getBean(PersonService.class).local();
                assertThat(context.getBean(CheckInHistory.class).all(person.id()))
                        .as("committed")
                        .hasSize(1);
            }
            assertThat(Files.list(database.home())
                            .map(path -> path.getFileName().toString()))
                    .as("the lock file is gone: the database was closed")
                    .doesNotContain("unknot.lock.db");
        }
    }

    private static UnknotPaths paths(Path home) {
        return UnknotPaths.resolve(Optional.of(home.toString()), Optional.empty(), home);
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }
}
