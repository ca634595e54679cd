package dev.unknot.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.app.token.IssuedToken;
import dev.unknot.app.token.TokenService;
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

        for (String header : new String[] {
            "Bearer " + unknown,
            "Bearer nonsense",
            "Bearer ",
            "Basic dXNlcjpwYXNz",
            caller.token(),
            "Bearer " + caller.token() + "x"
        }) {
            Answer answer = send(request("/api/v1/settings", null)
                    .header("Authorization", header)
                    .GET());

            assertThat(answer.status())
                    .as(header.replace(caller.token(), "<token>"))
                    .isEqualTo(401);
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
        assertThat(get("/api/v1/settings", caller).status())
                .as("the other token still works")
                .isEqualTo(200);
    }

    /** Every route of the contract, with ids that exist: none answers anything but 401 without a token. */
    @Test
    void everyRouteOfTheContractNeedsAToken() {
        Caller owner = newCaller();
        String habit = newHabit(owner, dev.unknot.api.testing.Bodies.CHILDS_POSE);
        String checkIn = newCheckIn(owner, habit);
        String[][] routes = {
            {"GET", "/api/v1/settings"},
            {"PUT", "/api/v1/settings"},
            {"GET", "/api/v1/today"},
            {"GET", "/api/v1/advice"},
            {"GET", "/api/v1/habits"},
            {"GET", "/api/v1/habits?all=true"},
            {"POST", "/api/v1/habits"},
            {"GET", "/api/v1/habits/" + habit},
            {"PATCH", "/api/v1/habits/" + habit},
            {"POST", "/api/v1/habits/" + habit + "/archive"},
            {"POST", "/api/v1/habits/" + habit + "/skip"},
            {"POST", "/api/v1/habits/" + habit + "/pause"},
            {"POST", "/api/v1/habits/pause"},
            {"POST", "/api/v1/habits/" + habit + "/unskip"},
            {"POST", "/api/v1/habits/" + habit + "/resume"},
            {"POST", "/api/v1/habits/resume"},
            {"GET", "/api/v1/progress"},
            {"GET", "/api/v1/habits/" + habit + "/progress"},
            {"POST", "/api/v1/check-ins"},
            {"GET", "/api/v1/check-ins?from=2026-01-01&to=2026-12-31"},
            {"GET", "/api/v1/check-ins/" + checkIn},
            {"PUT", "/api/v1/check-ins/" + checkIn},
            {"DELETE", "/api/v1/check-ins/" + checkIn},
            {"POST", "/api/v1/check-ins/undo"},
            {"GET", "/api/v1/templates"},
            {"POST", "/api/v1/plan/proposal"},
            {"POST", "/api/v1/plan/apply"},
            {"GET", "/api/v1/plan/answers"},
            {"GET", "/api/v1/pillars"},
            {"GET", "/api/v1/techniques?pillar=stretching"},
            {"GET", "/api/v1/techniques/stretching/childs-pose"},
            {"GET", "/api/v1/routines"},
            {"GET", "/api/v1/routines/stretching/four-stretch-release"},
            {"GET", "/api/v1/plugins"},
            {"GET", "/api/v1/export"},
            {"GET", "/api/v1/export.csv"},
            {"POST", "/api/v1/import"},
            {"POST", "/api/v1/import.csv"},
        };
        Caller revoked = new Caller(owner.person(), "unk_" + "B".repeat(43));
        for (String[] route : routes) {
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}";
            Answer without = send(route[0], route[1], null, body);
            Answer unknown = send(route[0], route[1], revoked, body);

            assertThat(without.status()).as(route[0] + " " + route[1]).isEqualTo(401);
            assertThat(without.body()).isEqualTo(UNAUTHORIZED);
            assertThat(unknown.status()).as(route[0] + " " + route[1]).isEqualTo(401);
        }
        assertThat(get("/api/v1/check-ins/" + checkIn, owner).status())
                .as("nothing was deleted")
                .isEqualTo(200);
        assertThat(get("/api/v1/habits/" + habit, owner).text("status"))
                .as("nothing was archived")
                .isEqualTo("active");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        Caller caller = newCaller();

        Answer answer = send(request("/api/v1/settings", null)
                .header("Authorization", "bearer " + caller.token())
                .GET());

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

        Answer answer = send(HttpRequest.newBuilder(server.resolve("/api/v1/settings?access_token=" + caller.token()))
                .GET());

        assertThat(answer.status()).isEqualTo(401);
    }
}
