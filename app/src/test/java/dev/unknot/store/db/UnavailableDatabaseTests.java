package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnavailableDatabaseTests {

    /** A server's HikariCP pool, and a command's H2 pool over PostgreSQL's pooled connections. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void databaseThatDoesNotAnswerIsReportedInOneLineWithoutThePassword(boolean oneCommand) {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "unknot.home",
                        TestDatabase.temporaryDirectory().toString(),
                        "unknot.database.url",
                        "jdbc:postgresql://127.0.0.1:1/unknot",
                        "unknot.database.user",
                        "unknot",
                        "unknot.database.password",
                        "s3cret",
                        "unknot.database.one-command",
                        Boolean.toString(oneCommand)))
                .start()) {
            Throwable failure =
                    catchThrowable(() -> context.getBean(PersonService.class).local());

            Throwable unavailable = failure;
            while (unavailable != null && !(unavailable instanceof UnavailableException)) {
                unavailable = unavailable.getCause();
            }
            assertThat(unavailable).as("cause chain of %s", failure).isNotNull();
            assertThat(unavailable.getMessage())
                    .startsWith("cannot open the database jdbc:postgresql://127.0.0.1:1/unknot as unknot: ")
                    .doesNotContain("s3cret")
                    .doesNotContain("\n");
        }
    }
}
