package dev.unknot.api.transfer;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class TransferApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void anExportImportsIntoAnotherPersonGivingTheSameData() {
        Caller from = newCaller();
        String pose = newHabit(from, Bodies.CHILDS_POSE);
        newHabit(from, Bodies.WATER);
        newCheckIn(from, pose);

        Answer export = get("/api/v1/export", from);
        Caller to = newCaller();
        Answer imported = send("POST", "/api/v1/import", to, export.body());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.response().headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(export.body()).contains("unknot-export");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).isEqualTo("{\"habits\":2,\"checkIns\":1,\"alreadyPresent\":0}");
        assertThat(get("/api/v1/habits", to).json().get("habits").size()).isEqualTo(2);
    }

    @Test
    void checkInsGoOutAsCsvAndComeBackOnce() {
        Caller caller = newCaller();
        String pose = newHabit(caller, Bodies.CHILDS_POSE);
        newCheckIn(caller, pose);

        Answer csv = get("/api/v1/export.csv", caller);
        Answer again = send(request("/api/v1/import.csv", caller)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.body())));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).as("a header and one row").isEqualTo(2);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"habits\":0,\"checkIns\":0,\"alreadyPresent\":1}");
    }

    @Test
    void aBrokenFileIs400AndAWrongContentTypeIs415() {
        Caller caller = newCaller();

        Answer broken = send("POST", "/api/v1/import", caller, "{\"format\":\"something-else\",\"version\":1}");
        Answer csvAsJson = send("POST", "/api/v1/import.csv", caller, "{}");

        assertThat(broken.status()).as(broken.body()).isEqualTo(400);
        assertThat(broken.text("error")).isEqualTo("invalid-input");
        assertError(csvAsJson, 415, "unsupported-media-type", null);
        assertThat(get("/api/v1/habits?all=true", caller).json().get("habits").size())
                .isZero();
    }
}
