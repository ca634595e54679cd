package dev.unknot.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.store.token.IssuedToken;
import dev.unknot.store.token.TokenService;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class AuthenticationApiTests extends ApiServerTest {

    private static final String UNAUTHORIZED = "{\"error\":\"unauthorized\",\"field\":null,"
            + "\"message\":\"a valid bearer token is required: Authorization: Bearer unk_...\"}";

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void withoutATokenTheAnswerIs401InJsonWithTheScheme() {
        Answer answer = get("/api/v1/settings", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).isEqualTo(UNAUTHORIZED);
        assertThat(answer.response().headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"unknot\"");
    }

    @Test
    void anUnknownOrMalformedTokenGetsTheSameAnswer() {
        Caller caller = newCaller();
        String unknown = "unk_" + "A".repeat(43);

        for (String header : new String[] {"Bearer " + unknown, "Bearer nonsense", "Bearer ", "Basic dXNlcjpwYXNz",
                caller.token(), "Bearer " + caller.token() + "x"}) {
            Answer answer = send(request("/api/v1/settings", null).header("Authorization", header).GET());

            assertThat(answer.status()).as(header.replace(caller.token(), "<token>")).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(UNAUTHORIZED);
        }
    }

    @Test
    void aRevokedTokenIsRefusedLikeAnUnknownOne() {
        Caller caller = newCaller();
        TokenService tokens = bean(TokenService.class);
        IssuedToken second = tokens.issue(caller.person().id(), "to revoke");
        Caller withSecond = new Caller(caller.person(), second.secret());
        assertThat(get("/api/v1/settings", withSecond).status()).isEqualTo(200);

        tokens.revoke(caller.person().id(), second.token().id());

        Answer answer = get("/api/v1/settings", withSecond);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo(UNAUTHORIZED);
        assertThat(get("/api/v1/settings", caller).status()).as("the other token still works").isEqualTo(200);
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        Caller caller = newCaller();

        Answer answer = send(request("/api/v1/settings", null).header("Authorization", "bearer " + caller.token()).GET());

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void anUnknownPathWithoutATokenIs401NotAHintOfWhatExists() {
        assertThat(get("/api/v1/no-such-thing", null).status()).isEqualTo(401);
        assertThat(send("DELETE", "/api/v1/settings", null, null).status()).isEqualTo(401);
    }

    @Test
    void theApiDescriptionIsOpenToEveryone() {
        assertThat(get("/api/openapi.yml", null).status()).isEqualTo(200);
        assertThat(get("/api/docs", null).status()).isEqualTo(200);
    }

    @Test
    void aTokenInTheQueryStringIsNotAccepted() {
        Caller caller = newCaller();

        Answer answer = send(HttpRequest.newBuilder(server.resolve("/api/v1/settings?access_token=" + caller.token())).GET());

        assertThat(answer.status()).isEqualTo(401);
    }
}
