package dev.unknot.api.error;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The one error body, for the failures Micronaut answers by itself and for unexpected ones. */
class ErrorsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void malformedJsonIs400() {
        Answer answer = send("PUT", "/api/v1/settings", newCaller(), "{\"timeZone\":");

        assertError(answer, 400, "invalid-input", null);
        assertThat(answer.text("message")).startsWith("the body is not valid JSON");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        Answer answer = send("PUT", "/api/v1/settings", newCaller(), "{\"timeZone\":{\"region\":\"Europe\"}}");

        assertError(answer, 400, "invalid-input", "timeZone");
        assertThat(answer.text("message")).startsWith("timeZone must be a string");
    }

    @Test
    void aMissingBodyIs400() {
        Answer answer = send("PUT", "/api/v1/settings", newCaller(), null);

        assertError(answer, 400, "invalid-input", null);
        assertThat(answer.text("message")).isEqualTo("a JSON body is required");
    }

    @Test
    void aCallFromAnotherSitesPageIsRefusedWithTheErrorBody() {
        Answer answer = send(request("/api/v1/settings", newCaller())
                .header("Origin", "https://elsewhere.example")
                .GET());

        assertThat(answer.status()).as("%s", answer).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.text("error")).isEqualTo("forbidden");
        assertThat(answer.text("message")).isEqualTo("calls from another site's pages are not allowed");
        assertThat(answer.response().headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413NamingTheLimitNotASetting() {
        Answer answer =
                send("POST", "/api/v1/import", newCaller(), "{\"format\":\"" + " ".repeat(11 * 1024 * 1024) + "\"}");

        assertThat(answer.status()).as("%s", answer.status()).isEqualTo(413);
        assertThat(answer.text("error")).isEqualTo("too-large");
        assertThat(answer.text("message")).isEqualTo("the request is larger than this server takes (10 MiB)");
    }

    @Test
    void aUrlOverTheLimitIs414() {
        Answer answer = get("/api/v1/habits?all=" + "a".repeat(20_000), newCaller());

        assertThat(answer.status()).as("%s", answer).isEqualTo(414);
        assertThat(answer.text("error")).isEqualTo("too-large");
        assertThat(answer.text("message")).isEqualTo("the URL is longer than this server reads");
    }

    @Test
    void headersOverTheLimitAre431() {
        Answer answer = send(request("/api/v1/habits", newCaller())
                .header("X-Padding", "a".repeat(20_000))
                .GET());

        assertThat(answer.status()).as("%s", answer).isEqualTo(431);
        assertThat(answer.text("error")).isEqualTo("too-large");
        assertThat(answer.text("message")).isEqualTo("the request's headers are larger than this server reads");
    }

    @Test
    void a400NeitherQuotesJavaNorEchoesTheWholeInput() {
        String zone = "Europe/" + "x".repeat(4_000);
        Answer answer = send("PUT", "/api/v1/settings", newCaller(), "{\"timeZone\":\"" + zone + "\"}");

        assertError(answer, 400, "invalid-input", "timeZone");
        assertThat(answer.text("message"))
                .hasSizeLessThan(200)
                .doesNotContain(zone)
                .contains("Europe/xxx");

        Answer weeks = get("/api/v1/progress?weeks=" + "9".repeat(4_000), newCaller());
        assertError(weeks, 400, "invalid-input", "weeks");
        assertThat(weeks.text("message"))
                .startsWith("weeks must be a whole number, was '999")
                .hasSizeLessThan(100)
                .doesNotContain("For input string");

        Answer json = send("PUT", "/api/v1/settings", newCaller(), "{\"timeZone\": }");
        assertThat(json.text("message"))
                .isEqualTo("the body is not valid JSON (at line 1, column 14)")
                .doesNotContain("Unexpected character");
    }

    @Test
    void anUnknownPathIs404() {
        Answer answer = get("/api/v1/no-such-thing", newCaller());

        assertError(answer, 404, "not-found", null);
        assertThat(answer.text("message")).isEqualTo("nothing at GET /api/v1/no-such-thing");
    }

    @Test
    void aWrongMethodIs405() {
        Answer answer = send("DELETE", "/api/v1/settings", newCaller(), null);

        assertError(answer, 405, "method-not-allowed", null);
        assertThat(answer.text("message")).contains("DELETE").contains("GET");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Answer answer = send(request("/api/v1/settings", newCaller())
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("Europe/Paris")));

        assertError(answer, 415, "unsupported-media-type", null);
        assertThat(answer.text("message")).contains("text/plain").contains("application/json");
    }

    @Test
    void aBrowserAskingForHtmlStillGetsTheJsonError() {
        Answer answer = send(request("/api/v1/no-such-thing", newCaller())
                .header("Accept", "text/html")
                .GET());

        assertError(answer, 404, "not-found", null);
    }

    @Test
    void anUnexpectedFailureIs500WithAGenericLineAndNoDetail() {
        Answer answer = get("/api/v1/test-failure", newCaller());

        assertError(answer, 500, "internal", null);
        assertThat(answer.text("message")).isEqualTo("the server failed to answer; the cause is in its log");
        assertThat(answer.body())
                .doesNotContain("hunter2")
                .doesNotContain("Exception")
                .doesNotContain("at dev.");
    }
}
