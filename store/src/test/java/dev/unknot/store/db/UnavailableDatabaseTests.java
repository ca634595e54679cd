package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unknot.store.StoreUnavailableException;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnavailableDatabaseTests {

    @Test
    void databaseThatDoesNotAnswerIsReportedInOneLineWithoutThePassword() {
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
                        "s3cret"))
                .start()) {
            Throwable failure =
                    catchThrowable(() -> context.getBean(PersonService.class).local());

            Throwable unavailable = failure;
            while (unavailable != null && !(unavailable instanceof StoreUnavailableException)) {
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
