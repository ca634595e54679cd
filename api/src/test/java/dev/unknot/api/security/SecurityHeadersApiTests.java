package dev.unknot.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    private static void assertProtected(Answer answer, String policy) {
        var headers = answer.response().headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as("%s", answer)
                .hasValue(policy);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Server")).isEmpty();
    }

    @Test
    void everyAnswerOfTheApiCarriesTheHeadersErrorsIncluded() {
        Caller caller = newCaller();

        assertProtected(get("/api/v1/settings", caller), SecurityHeaders.API_POLICY);
        assertProtected(get("/api/v1/settings", null), SecurityHeaders.API_POLICY);
        assertProtected(get("/api/v1/no-such-thing", caller), SecurityHeaders.API_POLICY);
        assertProtected(send("POST", "/api/v1/check-ins", caller, "{"), SecurityHeaders.API_POLICY);
        assertProtected(get("/api/openapi.yml", null), SecurityHeaders.API_POLICY);
    }

    @Test
    void theDocumentationPageAllowsItsOwnInlineScriptByItsHashAndNoOther() throws Exception {
        Answer page = get("/api/docs", null);
        Matcher inline =
                Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(inline.find()).isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));

        String policy =
                page.response().headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy)
                .contains("script-src 'self' 'sha256-" + hash + "';")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(java.util.Arrays.stream(policy.split(";"))
                        .map(String::strip)
                        .filter(directive -> directive.startsWith("script-src"))
                        .findFirst())
                .hasValueSatisfying(scripts -> assertThat(scripts).doesNotContain("unsafe"));
        assertProtected(page, policy);
    }
}
