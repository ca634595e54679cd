package dev.unknot.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import org.junit.jupiter.api.Test;

class DocsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutesTheBearerSchemeAndTheErrorBody() {
        Answer answer = get("/api/openapi.yml", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        assertThat(answer.body())
                .startsWith("openapi: 3.")
                .contains("title: Unknot API")
                .contains("/api/v1/settings:")
                .contains("scheme: bearer")
                .contains("Error:")
                .doesNotContain("/api/docs")
                .doesNotContain("test-failure");
    }

    @Test
    void painIsDocumentedAsOptionalOnACheckIn() {
        String document = get("/api/openapi.yml", null).body();
        // The schema of a check-in's body, up to the next schema (indented as it is).
        String body = document.substring(document.indexOf("\n    CheckInBody:") + 1);
        java.util.regex.Matcher next =
                java.util.regex.Pattern.compile("\n    [A-Za-z]").matcher(body);
        body = next.find() ? body.substring(0, next.start()) : body;

        for (String field : java.util.List.of("painBefore", "painAfter")) {
            String property = body.substring(body.indexOf("\n        " + field + ":") + 1);
            java.util.regex.Matcher following =
                    java.util.regex.Pattern.compile("\n        [A-Za-z]").matcher(property);
            property = following.find() ? property.substring(0, following.start()) : property;
            assertThat(property).as(field).contains("type: integer", "nullable: true", "minimum: 0", "maximum: 10");
        }
        assertThat(body.substring(0, body.indexOf("properties:"))).doesNotContain("painBefore", "painAfter");
    }

    @Test
    void theBrowsableViewLoadsSwaggerUiFromThisServer() {
        Answer page = get("/api/docs", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("/api/openapi.yml")
                .contains("/api/docs/swagger-ui-bundle.js")
                .doesNotContain("https://");
        Answer script = get("/api/docs/swagger-ui-bundle.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(get("/api/docs/swagger-ui.css", null).status()).isEqualTo(200);
    }

    @Test
    void nothingElseIsServedFromTheWebjar() {
        assertThat(get("/api/docs/..%2Fpom.properties", null).status()).isEqualTo(404);
        assertThat(get("/api/docs/no-such-file.js", null).status()).isEqualTo(404);
    }
}
