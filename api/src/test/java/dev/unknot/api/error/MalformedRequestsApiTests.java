package dev.unknot.api.error;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed requests ({@code malformed-requests.txt}): wrong types, fractions, absurd
 * numbers, duplicate keys, days far away, text that breaks storage or terminals. Each answers its
 * 4xx with the one JSON error naming the field, no stack trace, and changes nothing.
 */
class MalformedRequestsApiTests extends ApiServerTest {

    /** One line of the corpus. */
    record Case(int status, String field, String method, String path, String body) {

        static Case parse(String line) {
            String[] parts = line.split(" ", 5);
            return new Case(
                    Integer.parseInt(parts[0]),
                    parts[1].equals("-") ? null : parts[1],
                    parts[2],
                    parts[3],
                    parts.length > 4 ? parts[4] : null);
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body);
        }
    }

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    static List<Case> corpus() {
        try (InputStream in = MalformedRequestsApiTests.class.getResourceAsStream("malformed-requests.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Case::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Case> cases() {
        return corpus().stream();
    }

    @Test
    void theCorpusHoldsAtLeastFiftyCases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void isRefusedWithTheJsonErrorAndChangesNothing(Case malformed) {
        Caller caller = newCaller();
        String habit = "0";
        String checkIn = "0";
        if (!malformed.path().startsWith("/api/v1/import")) {
            habit = newHabit(caller, Bodies.CHILDS_POSE);
            checkIn = newCheckIn(caller, habit);
        }
        String before = export(caller);

        Answer answer = malformed.body() == null
                ? send(malformed.method(), path(malformed, habit, checkIn), caller, null)
                : send(
                        malformed.method(),
                        path(malformed, habit, checkIn),
                        caller,
                        malformed.body().replace("{habit}", habit).replace("{checkIn}", checkIn));

        assertError(answer, malformed.status(), answer.text("error"), malformed.field());
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.text("message"))
                .as(answer.body())
                .doesNotContain("\tat ")
                .doesNotContain("at dev.")
                .doesNotContain("io.micronaut")
                .doesNotContain("com.fasterxml");
        assertThat(export(caller)).as("the export after " + malformed).isEqualTo(before);
    }

    private static String path(Case malformed, String habit, String checkIn) {
        return malformed.path().replace("{habit}", habit).replace("{checkIn}", checkIn);
    }

    private String export(Caller caller) {
        Answer export = get("/api/v1/export", caller);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return export.body();
    }
}
