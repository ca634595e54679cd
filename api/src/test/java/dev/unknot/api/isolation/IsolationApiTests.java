package dev.unknot.api.isolation;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Person B's token against person A's data, with A's real ids "guessed": every call is a 404
 * exactly like an id never used, and A's habits and check-ins stay as they were.
 */
class IsolationApiTests extends ApiServerTest {

    private Caller a;
    private Caller b;
    private String aHabit;
    private String aCheckIn;
    private String aHabitBefore;
    private String aCheckInBefore;
    private String aRange;

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @BeforeEach
    void twoPeople() {
        a = newCaller();
        b = newCaller();
        aHabit = newHabit(a, Bodies.CHILDS_POSE);
        aCheckIn = newCheckIn(a, aHabit);
        newHabit(b, Bodies.WATER);
        aHabitBefore = get("/api/v1/habits/" + aHabit, a).body();
        aCheckInBefore = get("/api/v1/check-ins/" + aCheckIn, a).body();
        LocalDate today = today(a);
        aRange = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    @Test
    void bCannotReadAsHabitOrCheckIn() {
        assertNotFound(get("/api/v1/habits/" + aHabit, b), aHabit);
        assertNotFound(get("/api/v1/habits/" + aHabit + "/progress", b), aHabit);
        assertNotFound(get("/api/v1/check-ins/" + aCheckIn, b), aCheckIn);
        assertNotFound(get("/api/v1/check-ins?" + aRange + "&habit=" + aHabit, b), aHabit);
        assertAUnchanged();
    }

    @Test
    void bCannotChangeAsHabit() {
        assertNotFound(send("PATCH", "/api/v1/habits/" + aHabit, b, "{\"name\":\"Taken over\"}"), aHabit);
        assertNotFound(send("POST", "/api/v1/habits/" + aHabit + "/archive", b, null), aHabit);
        assertNotFound(send("POST", "/api/v1/habits/" + aHabit + "/skip", b, null), aHabit);
        assertNotFound(
                send("POST", "/api/v1/habits/" + aHabit + "/pause", b, "{\"from\":null,\"to\":\"2030-01-01\"}"),
                aHabit);
        assertNotFound(send("POST", "/api/v1/habits/" + aHabit + "/unskip", b, null), aHabit);
        assertNotFound(send("POST", "/api/v1/habits/" + aHabit + "/resume", b, null), aHabit);
        assertAUnchanged();
        assertThat(get("/api/v1/today", a)
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .as("neither skipped nor paused")
                .isEqualTo("done");
    }

    @Test
    void bCannotChangeOrRemoveAsCheckInsNorCheckInOnAsHabit() {
        assertNotFound(
                send(
                        "PUT",
                        "/api/v1/check-ins/" + aCheckIn,
                        b,
                        "{\"clientId\":\"x\",\"habit\":\"" + aHabit + "\",\"before\":10}"),
                aCheckIn);
        assertNotFound(send("DELETE", "/api/v1/check-ins/" + aCheckIn, b, null), aCheckIn);
        assertNotFound(
                send("POST", "/api/v1/check-ins", b, "{\"clientId\":\"b-1\",\"habit\":\"" + aHabit + "\"}"), aHabit);
        assertAUnchanged();
        assertThat(get("/api/v1/check-ins?" + aRange, a).json().get("checkIns").size())
                .isEqualTo(1);
    }

    @Test
    void bsListsUndoPauseAndExportTouchOnlyBsOwnData() {
        assertThat(get("/api/v1/habits?all=true", b).body()).doesNotContain("Child's pose");
        assertThat(get("/api/v1/check-ins?" + aRange, b).body()).isEqualTo("{\"checkIns\":[]}");
        assertThat(get("/api/v1/today", b).body()).doesNotContain("Child's pose");
        assertThat(get("/api/v1/progress", b).body()).doesNotContain("Child's pose");
        assertThat(get("/api/v1/export", b).body()).doesNotContain("Child's pose");
        assertThat(get("/api/v1/export.csv", b).body()).doesNotContain(aCheckIn + ",");

        assertThat(send("POST", "/api/v1/check-ins/undo", b, null).body()).isEqualTo("{\"removed\":null}");
        Answer pausedAll = send("POST", "/api/v1/habits/pause", b, "{\"from\":\"2030-01-01\",\"to\":\"2030-01-02\"}");
        assertThat(pausedAll.json().get("habits").size()).isEqualTo(1);
        assertThat(pausedAll.body()).doesNotContain("Child's pose");
        Answer resumedAll = send("POST", "/api/v1/habits/resume", b, null);
        assertThat(resumedAll.json().get("habits").size()).isEqualTo(1);
        assertThat(resumedAll.body()).doesNotContain("Child's pose");
        assertAUnchanged();
    }

    @Test
    void aForeignIdGetsTheAnswerOfAnIdNeverUsed() {
        Answer foreign = get("/api/v1/habits/" + aHabit, b);
        Answer unused = get("/api/v1/habits/987654", b);

        assertThat(foreign.status()).isEqualTo(unused.status());
        assertThat(foreign.body().replace(aHabit, "ID")).isEqualTo(unused.body().replace("987654", "ID"));
    }

    private void assertNotFound(Answer answer, String id) {
        assertError(answer, 404, "not-found", null);
        assertThat(answer.text("message"))
                .as("says no more than the id it was given")
                .endsWith(" " + id);
    }

    private void assertAUnchanged() {
        assertThat(get("/api/v1/habits/" + aHabit, a).body()).isEqualTo(aHabitBefore);
        assertThat(get("/api/v1/check-ins/" + aCheckIn, a).body()).isEqualTo(aCheckInBefore);
    }
}
