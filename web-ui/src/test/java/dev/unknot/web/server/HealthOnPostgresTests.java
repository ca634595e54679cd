package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness on PostgreSQL: up, then down with the database part named when the database cannot be
 * reached, while liveness stays up. The server reaches PostgreSQL through a TCP forwarder that the
 * test cuts, so that the shared PostgreSQL server keeps running.
 */
@EnabledIfPostgres
class HealthOnPostgresTests {

    @TempDir
    Path home;

    @Test
    void readinessSaysTheDatabaseIsDownWhenItCannotBeReached() throws Exception {
        TestPostgres.Server server = TestPostgres.server();
        String schema =
                "health_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        URI target = URI.create(server.url().substring("jdbc:".length()));
        HttpClient http = HttpClient.newHttpClient();
        try (Forwarder forwarder = new Forwarder(target.getHost(), target.getPort() == -1 ? 5432 : target.getPort());
                ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(Map.of(
                                "unknot.home", home.toString(),
                                "unknot.port", "0",
                                "unknot.database.url",
                                        server.url().replace(target.getAuthority(), "127.0.0.1:" + forwarder.port()),
                                "unknot.database.user", server.user(),
                                "unknot.database.password", server.password(),
                                "unknot.database.schema", schema))
                        .start()) {
            WebServer web = context.getBean(WebServer.class);
            web.start(OperatorEndpointsTests::webUiStandIn);
            try {
                HttpResponse<String> up = get(http, web.uri(), "/health/readiness");
                assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
                assertThat(up.body()).contains("\"status\":\"UP\",\"details\":{\"kind\":\"PostgreSQL\"}");

                forwarder.close();
                long started = System.nanoTime();
                HttpResponse<String> down = get(http, web.uri(), "/health/readiness");
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                HttpResponse<String> liveness = get(http, web.uri(), "/health/liveness");

                assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
                assertThat(down.body())
                        .contains("\"status\":\"DOWN\",\"details\":{\"kind\":\"PostgreSQL\",\"problem\":")
                        .doesNotContain(server.user() + "@")
                        .doesNotContain(Integer.toString(forwarder.port()));
                assertThat(seconds).isLessThan(10);
                assertThat(liveness.statusCode()).isEqualTo(200);
            } finally {
                web.stop();
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI web, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(web.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Passes connections on to PostgreSQL until closed, when it stops listening and cuts every connection. */
    static final class Forwarder implements AutoCloseable {

        private final ServerSocket listening;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private volatile boolean closed;

        Forwarder(String host, int port) throws IOException {
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(
                    () -> {
                        while (!closed) {
                            try {
                                Socket client = listening.accept();
                                Socket database = new Socket();
                                database.connect(new InetSocketAddress(host, port), 5_000);
                                open.add(client);
                                open.add(database);
                                pump(client, database);
                                pump(database, client);
                            } catch (IOException e) {
                                // Closed, or PostgreSQL did not answer: the client's connection fails.
                            }
                        }
                    },
                    "forwarder");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return listening.getLocalPort();
        }

        private void pump(Socket from, Socket to) {
            Thread pumping = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // Cut.
                        }
                        closeQuietly(from);
                        closeQuietly(to);
                    },
                    "forwarder-pump");
            pumping.setDaemon(true);
            pumping.start();
        }

        @Override
        public void close() {
            closed = true;
            closeQuietly(listening);
            open.forEach(Forwarder::closeQuietly);
        }

        private static void closeQuietly(java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
    }
}
