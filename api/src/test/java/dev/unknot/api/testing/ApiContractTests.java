package dev.unknot.api.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The check every API test goes through fails on what the document does not describe. */
class ApiContractTests {

    private static final String SETTINGS = "{\"timeZone\":\"Europe/Berlin\",\"dayStart\":\"04:00\"}";

    @Test
    void anAnswerAsDocumentedPasses() {
        assertThatCode(() -> ApiContract.check(get("/api/v1/settings"), answer(200, SETTINGS)))
                .doesNotThrowAnyException();
    }

    @Test
    void aNullWhereTheDocumentSaysNoneFails() {
        assertThatThrownBy(() -> ApiContract.check(
                        get("/api/v1/settings"), answer(200, "{\"timeZone\":null,\"dayStart\":\"04:00\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/settings answering 200")
                .hasMessageContaining("/timeZone");
    }

    @Test
    void aFieldTheDocumentDoesNotNameFails() {
        assertThatThrownBy(() -> ApiContract.check(
                        get("/api/v1/settings"),
                        answer(200, "{\"timeZone\":\"UTC\",\"dayStart\":\"04:00\",\"theme\":\"dark\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("theme");
    }

    @Test
    void anErrorStatusOrBodyTheDocumentDoesNotListFails() {
        assertThatThrownBy(() -> ApiContract.check(get("/api/v1/settings"), answer(418, "{}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("418");
        assertThatThrownBy(() -> ApiContract.check(get("/api/v1/settings"), answer(400, "{\"error\":\"x\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("message");
    }

    @Test
    void aRouteTheDocumentLacksFailsWhenItAnswers() {
        assertThatThrownBy(() -> ApiContract.check(get("/api/v1/undocumented"), answer(200, "{}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("path");
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1" + path))
                .header("Authorization", "Bearer unk_test")
                .GET()
                .build();
    }

    private static HttpResponse<String> answer(int status, String json) {
        HttpHeaders headers =
                HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public String body() {
                return json;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://127.0.0.1/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
