package dev.unknot.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the API's answers. */
public final class ApiAssertions {

    private ApiAssertions() {}

    /** The one error body: status, kind, field (null when none), one line of message, JSON, no stack trace. */
    public static void assertError(Answer answer, int status, String kind, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.text("error")).as(answer.body()).isEqualTo(kind);
        assertThat(answer.text("field")).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().get("field")).as("field is always present").isNotNull();
        assertThat(answer.text("message")).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
    }
}
