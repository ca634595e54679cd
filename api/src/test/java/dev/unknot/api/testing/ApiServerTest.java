package dev.unknot.api.testing;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.TokenService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The API's real Netty server on a real database, started once per test class, called over real
 * HTTP with the JDK's client. Tests keep apart by working for people of their own. Every exchange
 * is held to the OpenAPI document ({@link ApiContract}): a test of a new route checks its document
 * too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiServerTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    protected ApplicationContext context;
    protected URI server;
    private ApiDatabase database;
    private final HttpClient http = HttpClient.newHttpClient();

    /** {@link ApiDatabase#h2()} or {@link ApiDatabase#postgres()}. */
    protected abstract ApiDatabase newDatabase();

    @BeforeAll
    void startServer() {
        database = newDatabase();
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties(database))
                .start();
        EmbeddedServer embedded = context.getBean(EmbeddedServer.class).start();
        server = URI.create("http://127.0.0.1:" + embedded.getPort());
    }

    /** The properties the server starts with; a class may point it elsewhere. */
    protected java.util.Map<String, Object> properties(ApiDatabase database) {
        return database.properties();
    }

    @AfterAll
    void stopServer() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    protected <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A new web account with a token of its own. */
    protected Caller newCaller() {
        Person person = bean(PersonService.class).createAccount("api-person-" + PEOPLE.incrementAndGet(), "{test}hash");
        String secret = bean(TokenService.class).issue(person.id(), "tests").secret();
        return new Caller(person, secret);
    }

    /** A person and the bearer token they call with. */
    public record Caller(Person person, String token) {
        @Override
        public String toString() {
            return "Caller[" + person.username() + "]";
        }
    }

    /**
     * Today in the caller's calendar, as the server counts it. Asked of the server: the store's
     * test classes (a fixed clock) are on the class path in a reactor build, not from the test jar.
     */
    protected java.time.LocalDate today(Caller caller) {
        return java.time.LocalDate.parse(get("/api/v1/today", caller).text("day"));
    }

    /** Creates a habit through the API and answers its id. */
    protected String newHabit(Caller caller, String json) {
        Answer created = send("POST", "/api/v1/habits", caller, json);
        if (created.status() != 201) {
            throw new AssertionError("could not create a habit: " + created);
        }
        return created.text("id");
    }

    /** Records a check-in through the API and answers the check-in's id. */
    protected String newCheckIn(Caller caller, String habit) {
        Answer recorded = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                "{\"clientId\":\"" + java.util.UUID.randomUUID() + "\",\"habit\":\"" + habit
                        + "\",\"before\":6,\"after\":3}");
        if (recorded.status() != 201) {
            throw new AssertionError("could not check in: " + recorded);
        }
        return recorded.json().get("checkIn").get("id").coerceStringValue();
    }

    protected Answer get(String path, Caller caller) {
        return send(request(path, caller).GET());
    }

    protected Answer send(String method, String path, Caller caller, String json) {
        return send(request(path, caller)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    protected HttpRequest.Builder request(String path, Caller caller) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path));
        if (caller != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        return builder;
    }

    protected Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(built, response);
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
