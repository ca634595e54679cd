package dev.unknot.app.testing;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import io.micronaut.context.ApplicationContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A store on a fresh database, started once for a test class. Tests stay apart by working for
 * people of their own, which the store's scoping to one person makes enough.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    protected ApplicationContext context;
    protected TestClock clock;
    private TestDatabase database;

    /** The database this class runs on: {@link TestDatabase#h2()} or {@link TestDatabase#postgres()}. */
    protected abstract TestDatabase newDatabase();

    @BeforeAll
    void startStore() {
        database = newDatabase();
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(database.properties())
                .properties(moreProperties())
                .start();
        clock = context.getBean(TestClock.class);
    }

    /** Properties beyond the database's, for a class that needs them (e.g. a mail server's address). */
    protected java.util.Map<String, Object> moreProperties() {
        return java.util.Map.of();
    }

    @AfterAll
    void stopStore() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    protected <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    protected String databaseName() {
        return database.name();
    }

    /** The properties that open this class's database, for starting another context on it. */
    protected java.util.Map<String, Object> databaseProperties() {
        return database.properties();
    }

    /** A new web account, with the default calendar: midnight in Europe/Berlin. */
    protected Person newPerson() {
        return bean(PersonService.class).createAccount("person-" + PEOPLE.incrementAndGet(), "{test}hash");
    }
}
