package dev.unknot.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerAuthenticationTests {

    @Test
    void theSecretIsWhatFollowsTheBearerScheme() {
        assertThat(BearerAuthentication.secret("Bearer unk_abc")).hasValue("unk_abc");
        assertThat(BearerAuthentication.secret("BEARER  unk_abc ")).hasValue("unk_abc");
    }

    @Test
    void anyOtherHeaderHasNoSecret() {
        assertThat(BearerAuthentication.secret(null)).isEmpty();
        assertThat(BearerAuthentication.secret("")).isEmpty();
        assertThat(BearerAuthentication.secret("Bearer")).isEmpty();
        assertThat(BearerAuthentication.secret("Bearer   ")).isEmpty();
        assertThat(BearerAuthentication.secret("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(BearerAuthentication.secret("unk_abc")).isEmpty();
    }

    @Test
    void onlyAReminderButtonsTwoRoutesGoWithoutABearerToken() {
        assertThat(BearerAuthentication.CAPABILITY_LINKS
                        .matcher("/api/v1/reminder-actions/abc.def/done")
                        .matches())
                .isTrue();
        assertThat(BearerAuthentication.CAPABILITY_LINKS
                        .matcher("/api/v1/reminder-actions/abc.def/snooze")
                        .matches())
                .isTrue();
        for (String path : new String[] {
            "/api/v1/reminder-actions/abc.def/undo",
            "/api/v1/reminder-actions/abc.def/done/more",
            "/api/v1/reminder-actions//done",
            "/api/v1/reminder-actions/../done",
            "/api/v1/reminder-actions/./done",
            "/api/v1/reminder-actions/x/../../habits/done",
            "/api/v1/habits"
        }) {
            assertThat(BearerAuthentication.CAPABILITY_LINKS.matcher(path).matches())
                    .as(path)
                    .isFalse();
        }
    }
}
