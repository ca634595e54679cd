package dev.unknot.frontends;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.TokenService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** The REST API's real server on a home of its own, called over HTTP for one account with a token. */
final class Api implements AutoCloseable {

    /** An answer: its status and JSON body. */
    record Answer(int status, JsonNode json) {

        String text(String field) {
            return json.get(field).coerceStringValue();
        }
    }

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final ApplicationContext context;
    private final URI server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Person person;
    private final String token;

    Api(Path home) {
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString()))
                .start();
        server = URI.create("http://127.0.0.1:"
                + context.getBean(EmbeddedServer.class).start().getPort());
        person = context.getBean(PersonService.class).createAccount("api", "{test}hash");
        token = context.getBean(TokenService.class).issue(person.id(), "tests").secret();
    }

    /** A JSON document, such as what {@code unknot ... --json} printed. */
    static JsonNode parse(String json) {
        try {
            return JSON.readValue(json, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    Person person() {
        return person;
    }

    ApplicationContext context() {
        return context;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(server.resolve(path)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readValue(response.body(), JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
