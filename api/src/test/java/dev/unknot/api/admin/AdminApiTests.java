package dev.unknot.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/admin}: the administrator's routes, and every one of them refused to anyone else. */
class AdminApiTests extends ApiServerTest {

    private Caller admin;

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @BeforeAll
    void firstAccountIsTheAdministrator() {
        admin = newCaller();
    }

    @BeforeEach
    void openRegistration() {
        send("PUT", "/api/v1/admin/registration", admin, "{\"mode\":\"open\"}");
    }

    /** Every admin route, with a body where it takes one. */
    private List<String[]> routes(long someone) {
        return List.of(
                new String[] {"GET", "/api/v1/admin/accounts", null},
                new String[] {"POST", "/api/v1/admin/accounts/" + someone + "/disable", null},
                new String[] {"POST", "/api/v1/admin/accounts/" + someone + "/enable", null},
                new String[] {"POST", "/api/v1/admin/accounts/" + someone + "/make-admin", null},
                new String[] {"POST", "/api/v1/admin/accounts/" + someone + "/reset-link", null},
                new String[] {"POST", "/api/v1/admin/accounts/" + someone + "/reset-link?send=true", null},
                new String[] {"DELETE", "/api/v1/admin/accounts/" + someone, null},
                new String[] {"GET", "/api/v1/admin/registration", null},
                new String[] {"PUT", "/api/v1/admin/registration", "{\"mode\":\"open\"}"},
                new String[] {"GET", "/api/v1/admin/invites", null},
                new String[] {"POST", "/api/v1/admin/invites", "{\"days\":3}"},
                new String[] {"DELETE", "/api/v1/admin/invites/1", null});
    }

    @Test
    void everyAdminRouteIs403ForSomeoneElseAnd401WithoutAToken() {
        Caller someone = newCaller();
        Caller other = newCaller();
        for (String[] route : routes(other.person().id().value())) {
            Answer refused = send(route[0], route[1], someone, route[2]);
            assertThat(refused.status()).as("%s %s", route[0], route[1]).isEqualTo(403);
            assertThat(refused.text("error")).isEqualTo("forbidden");
            assertThat(refused.text("message")).isEqualTo("only the administrator of this Unknot may do this");
            assertThat(send(route[0], route[1], null, route[2]).status())
                    .as("%s %s", route[0], route[1])
                    .isEqualTo(401);
        }
        // Nothing was changed by the refused calls.
        assertThat(get("/api/v1/settings", other).status()).isEqualTo(200);
        assertThat(get("/api/v1/admin/invites", admin).body()).isEqualTo("{\"invites\":[]}");
    }

    @Test
    void theAccountListNamesAccountsAndNothingOfTheirHabits() {
        Caller someone = newCaller();
        newHabit(someone, "{\"from\":\"custom\",\"name\":\"Secret habit\"}");

        Answer answer = get("/api/v1/admin/accounts", admin);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"username\":\"" + admin.person().username() + "\"")
                .contains("\"username\":\"" + someone.person().username() + "\"")
                .contains("\"admin\":true", "\"disabled\":false", "\"created\":", "\"lastActive\":")
                .doesNotContain("Secret habit");
    }

    @Test
    void registrationModeIsReadAndChanged() {
        assertThat(get("/api/v1/admin/registration", admin).body()).isEqualTo("{\"mode\":\"open\"}");

        Answer changed = send("PUT", "/api/v1/admin/registration", admin, "{\"mode\":\"invite-only\"}");
        Answer bad = send("PUT", "/api/v1/admin/registration", admin, "{\"mode\":\"sometimes\"}");

        assertThat(changed.body()).isEqualTo("{\"mode\":\"invite-only\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("message"))
                .isEqualTo("registration must be one of open, invite-only, closed, was 'sometimes'");
        assertThat(get("/api/v1/admin/registration", admin).body()).isEqualTo("{\"mode\":\"invite-only\"}");
    }

    @Test
    void invitationsAreMadeListedAndRevoked() {
        Answer made = send("POST", "/api/v1/admin/invites", admin, "{\"days\":3}");
        Answer byDefault = send("POST", "/api/v1/admin/invites", admin, "{}");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("path")).matches("/signup\\?invite=[A-Za-z0-9_-]{43}");
        assertThat(byDefault.status()).isEqualTo(201);
        String id = made.text("id");
        assertThat(get("/api/v1/admin/invites", admin).body()).contains("\"id\":" + id);

        assertThat(send("DELETE", "/api/v1/admin/invites/" + id, admin, null).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/admin/invites", admin).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(send("DELETE", "/api/v1/admin/invites/" + id, admin, null).status())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/admin/invites", admin, "{\"days\":400}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aResetLinkIsMadeButNotMailedWithoutAMailServer() {
        Caller someone = newCaller();
        String path = "/api/v1/admin/accounts/" + someone.person().id().value() + "/reset-link";

        Answer made = send("POST", path, admin, null);
        Answer mailed = send("POST", path + "?send=true", admin, null);

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("path")).matches("/reset/[A-Za-z0-9_-]{43}");
        assertThat(mailed.status()).isEqualTo(400);
        assertThat(mailed.text("field")).isEqualTo("email");
        assertThat(send("POST", "/api/v1/admin/accounts/987654/reset-link", admin, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDisabledAccountsTokenIsRefusedUntilItIsEnabled() {
        Caller someone = newCaller();
        long id = someone.person().id().value();
        assertThat(get("/api/v1/settings", someone).status()).isEqualTo(200);

        Answer disabled = send("POST", "/api/v1/admin/accounts/" + id + "/disable", admin, null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"disabled\":true");
        assertThat(get("/api/v1/settings", someone).status()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/admin/accounts/" + id + "/enable", admin, null)
                        .body())
                .contains("\"disabled\":false");
        assertThat(get("/api/v1/settings", someone).status()).isEqualTo(200);
    }

    @Test
    void anAccountIsDeletedButNotTheLastAdministrator() {
        // Other tests make administrators of their own: only the first stays.
        dev.unknot.app.admin.AdminService service = bean(dev.unknot.app.admin.AdminService.class);
        service.accounts(service.onThisMachine()).stream()
                .filter(account ->
                        account.admin() && !account.id().equals(admin.person().id()))
                .forEach(account -> service.delete(service.onThisMachine(), account.id()));
        Caller someone = newCaller();
        long id = someone.person().id().value();

        assertThat(send("DELETE", "/api/v1/admin/accounts/" + id, admin, null).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/settings", someone).status()).isEqualTo(401);
        assertThat(get("/api/v1/admin/accounts", admin).body())
                .doesNotContain(someone.person().username());

        Answer last =
                send("DELETE", "/api/v1/admin/accounts/" + admin.person().id().value(), admin, null);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.text("message")).startsWith("cannot delete the last administrator");
    }

    @Test
    void anotherAdministratorMayUseTheRoutes() {
        Caller someone = newCaller();
        assertThat(send(
                                "POST",
                                "/api/v1/admin/accounts/"
                                        + someone.person().id().value() + "/make-admin",
                                admin,
                                null)
                        .body())
                .contains("\"admin\":true");
        assertThat(get("/api/v1/admin/accounts", someone).status()).isEqualTo(200);
        send("DELETE", "/api/v1/admin/accounts/" + someone.person().id().value(), admin, null);
    }

    @Test
    void theOpenApiDocumentDescribesTheAdminRoutesAndTheir403() {
        String document = get("/api/openapi.yml", null).body();

        assertThat(document)
                .contains(
                        "/api/v1/admin/accounts:",
                        "/api/v1/admin/accounts/{id}/disable:",
                        "/api/v1/admin/accounts/{id}:",
                        "/api/v1/admin/registration:",
                        "/api/v1/admin/invites:",
                        "/api/v1/admin/invites/{id}:",
                        "The token's person is not the administrator");
    }
}
