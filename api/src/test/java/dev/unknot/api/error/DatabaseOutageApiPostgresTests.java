package dev.unknot.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import dev.unknot.api.testing.TcpForwarder;
import dev.unknot.store.testing.EnabledIfPostgres;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away under a running server: reached through a forwarder that the test cuts, so
 * the shared test server keeps running.
 */
@EnabledIfPostgres
class DatabaseOutageApiPostgresTests extends ApiServerTest {

    private TcpForwarder forwarder;

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.postgres();
    }

    @Override
    protected Map<String, Object> properties(ApiDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        String url = (String) properties.get("unknot.database.url");
        URI direct = URI.create(url.substring("jdbc:".length()));
        forwarder = new TcpForwarder(direct.getPort() == -1 ? 5432 : direct.getPort());
        properties.put(
                "unknot.database.url",
                "jdbc:postgresql://127.0.0.1:" + forwarder.port() + direct.getRawPath()
                        + (direct.getRawQuery() == null ? "" : "?" + direct.getRawQuery()));
        return properties;
    }

    @AfterAll
    void closeForwarder() {
        if (forwarder != null) {
            forwarder.close();
        }
    }

    @Test
    void anOutageAnswers503WithRetryAfterWithinSecondsAndPassesWithNothingLost() {
        Caller caller = newCaller();
        Caller unseen = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        LocalDate today = today(caller);
        String kept =
                recordCheckIn(caller, habit).json().get("checkIn").get("id").coerceStringValue();

        forwarder.cut();
        try {
            long started = System.nanoTime();
            Answer refused = recordCheckIn(caller, habit);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(refused.status()).as("%s", refused).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.text("error")).isEqualTo("unavailable");
            assertThat(refused.text("message")).isEqualTo("the database is unavailable; try again later");
            assertThat(refused.response().headers().firstValue("Retry-After")).contains("5");
            assertThat(took).isLessThan(Duration.ofSeconds(10));

            // A token this server has not seen yet needs the database too.
            Answer unknown = get("/api/v1/today", unseen);
            assertThat(unknown.status()).as("%s", unknown).isEqualTo(503);
            assertThat(unknown.text("error")).isEqualTo("unavailable");
            assertThat(unknown.response().headers().firstValue("Retry-After")).contains("5");
        } finally {
            forwarder.restore();
        }

        Answer listed =
                awaitRecovery(caller, "/api/v1/check-ins?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        assertThat(listed.json().get("checkIns").size()).isEqualTo(1);
        assertThat(listed.json().get("checkIns").get(0).get("id").coerceStringValue())
                .isEqualTo(kept);
        assertThat(recordCheckIn(caller, habit).status()).isEqualTo(201);
    }

    private Answer recordCheckIn(Caller caller, String habit) {
        return send(
                "POST",
                "/api/v1/check-ins",
                caller,
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"habit\":\"" + habit + "\"}");
    }

    /** The server answers again without a restart, within a few of its retries. */
    private Answer awaitRecovery(Caller caller, String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer answer = get(path, caller);
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = get(path, caller);
        }
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer;
    }
}
