package dev.unknot.api.checkin;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckInsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    private static String body(String clientId, String habit, String more) {
        return "{\"clientId\":\"" + clientId + "\",\"habit\":\"" + habit + "\"" + (more.isEmpty() ? "" : "," + more)
                + "}";
    }

    @Test
    void aCheckInIsRecordedWith201AndTheStreak() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);

        Answer answer = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                body("c-1", habit, "\"before\":6,\"after\":3,\"note\":\"after the meeting\",\"durationSeconds\":300"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode checkIn = answer.json().get("checkIn");
        assertThat(checkIn.get("clientId").getStringValue()).isEqualTo("c-1");
        assertThat(checkIn.get("habit").get("id").coerceStringValue()).isEqualTo(habit);
        assertThat(checkIn.get("before").getIntValue()).isEqualTo(6);
        assertThat(checkIn.get("after").getIntValue()).isEqualTo(3);
        assertThat(checkIn.get("durationSeconds").getLongValue()).isEqualTo(300);
        assertThat(checkIn.get("note").getStringValue()).isEqualTo("after the meeting");
        assertThat(answer.json().get("streak").get("current").getIntValue()).isEqualTo(1);
        assertThat(answer.json().get("advice").isArray()).isTrue();
    }

    @Test
    void painBeforeAndAfterAreRecordedBesideTightnessAndShownInProgress() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);

        Answer answer = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                body("p-1", habit, "\"before\":6,\"painBefore\":5,\"painAfter\":2"));
        Answer plain = send("POST", "/api/v1/check-ins", caller, body("p-2", habit, "\"before\":6"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("checkIn").get("painBefore").getIntValue()).isEqualTo(5);
        assertThat(answer.json().get("checkIn").get("painAfter").getIntValue()).isEqualTo(2);
        assertThat(plain.json().get("checkIn").get("painBefore").isNull()).isTrue();
        assertError(
                send("POST", "/api/v1/check-ins", caller, body("p-3", habit, "\"painAfter\":11")),
                400,
                "invalid-input",
                "painAfter");
        JsonNode progress = get("/api/v1/progress", caller).json();
        assertThat(progress.get("pain").get(0).get("before").getDoubleValue()).isEqualTo(5.0);
        assertThat(progress.get("pain").get(0).get("after").getDoubleValue()).isEqualTo(2.0);
        assertThat(progress.get("tightnessChange").isNull())
                .as("one day of ratings")
                .isTrue();
        assertThat(progress.get("relief").size())
                .as("fewer than five check-ins rank nothing")
                .isZero();
    }

    @Test
    void reliefSaysWhatHelpsPainOnceFiveCheckInsRatedItBeforeAndAfter() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        for (int i = 0; i < 6; i++) {
            String pain = i < 5 ? ",\"painBefore\":" + (i < 4 ? 5 : 7) + ",\"painAfter\":2" : "";
            send("POST", "/api/v1/check-ins", caller, body("r-" + i, habit, "\"before\":6,\"after\":3" + pain));
        }

        JsonNode relief = get("/api/v1/progress", caller).json().get("relief").get(0);

        assertThat(relief.get("checkIns").getIntValue()).isEqualTo(6);
        // Pain before 5, 5, 5, 5 and 7, after 2 each.
        assertThat(relief.get("painAverageBefore").getDoubleValue()).isEqualTo(5.4);
        assertThat(relief.get("painAverageDrop").getDoubleValue()).isEqualTo(3.4);
        assertThat(relief.get("painCheckIns").getIntValue()).isEqualTo(5);
        assertThat(relief.get("painChange").getStringValue()).isEqualTo("better");
        assertThat(relief.get("painSentence").getStringValue())
                .endsWith(": 2.0/10 vs. 5.4/10 before, over 5 check-ins: better.")
                .startsWith("Pain after ");
        JsonNode one = get("/api/v1/habits/" + habit + "/progress", caller).json();
        assertThat(one.get("relief").get(0).get("painSentence").getStringValue())
                .isEqualTo(relief.get("painSentence").getStringValue());
    }

    @Test
    void theSameClientIdAgainIs200WithTheFirstAnswerAndRecordsOnce() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        String json = body("retry-1", habit, "\"before\":5");

        Answer first = send("POST", "/api/v1/check-ins", caller, json);
        Answer retry = send("POST", "/api/v1/check-ins", caller, json);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("checkIn").get("id").coerceStringValue())
                .isEqualTo(first.json().get("checkIn").get("id").coerceStringValue());
        LocalDate today = today(caller);
        assertThat(get("/api/v1/check-ins?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), caller)
                        .json()
                        .get("checkIns")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aRefusedCheckInWritesNothingAndTheNextAnswerCountsEveryRecordedOne() {
        Caller caller = newCaller();
        String water = newHabit(caller, Bodies.WATER);
        LocalDate today = today(caller);

        Answer refused = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                body(
                        "future",
                        water,
                        "\"amount\":8,\"at\":\"" + today.plusDays(3).atTime(12, 0) + ":00Z\""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(get("/api/v1/check-ins?from=" + today.minusDays(7) + "&to=" + today.plusDays(7), caller)
                        .json()
                        .get("checkIns")
                        .size())
                .isZero();

        // Each answer's streak comes from the history as this check-in left it (kept in memory):
        // 3 of 8 glasses is not yet the day's target, 3 + 5 is.
        Answer first = send("POST", "/api/v1/check-ins", caller, body("w-1", water, "\"amount\":3"));
        Answer second = send("POST", "/api/v1/check-ins", caller, body("w-2", water, "\"amount\":5"));
        Answer again = send("POST", "/api/v1/check-ins", caller, body("w-1", water, "\"amount\":3"));

        assertThat(first.json().get("streak").get("current").getIntValue())
                .as(first.body())
                .isZero();
        assertThat(second.json().get("streak").get("current").getIntValue())
                .as(second.body())
                .isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("streak").get("current").getIntValue()).isEqualTo(1);
        assertThat(get("/api/v1/check-ins?from=" + today.minusDays(7) + "&to=" + today.plusDays(7), caller)
                        .json()
                        .get("checkIns")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void theSameClientIdWithOtherValuesIs409() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        send("POST", "/api/v1/check-ins", caller, body("clash", habit, "\"before\":5"));

        Answer clash = send("POST", "/api/v1/check-ins", caller, body("clash", habit, "\"before\":9"));

        assertError(clash, 409, "conflict", null);
    }

    @Test
    void listReadEditDelete() {
        Caller caller = newCaller();
        String pose = newHabit(caller, Bodies.CHILDS_POSE);
        String water = newHabit(caller, Bodies.WATER);
        String poseCheckIn = newCheckIn(caller, pose);
        newCheckIn(caller, water);
        LocalDate today = today(caller);
        String range = "/api/v1/check-ins?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);

        Answer listed = get(range, caller);
        assertThat(listed.json().get("checkIns").size())
                .as(range + " " + listed.body())
                .isEqualTo(2);
        assertThat(get(range + "&habit=" + water, caller).json().get("checkIns").size())
                .isEqualTo(1);
        assertThat(get("/api/v1/check-ins?from=2020-01-01&to=2020-01-31", caller)
                        .json()
                        .get("checkIns")
                        .size())
                .isZero();
        assertThat(get("/api/v1/check-ins/" + poseCheckIn, caller)
                        .json()
                        .get("before")
                        .getIntValue())
                .isEqualTo(6);

        Answer edited = send(
                "PUT", "/api/v1/check-ins/" + poseCheckIn, caller, body("ignored", pose, "\"before\":4,\"after\":1"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("after").getIntValue()).isEqualTo(1);

        Answer deleted = send("DELETE", "/api/v1/check-ins/" + poseCheckIn, caller, null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertError(get("/api/v1/check-ins/" + poseCheckIn, caller), 404, "not-found", null);
    }

    @Test
    void undoRemovesTheLastThenSaysNull() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        String checkIn = newCheckIn(caller, habit);

        Answer undone = send("POST", "/api/v1/check-ins/undo", caller, null);
        Answer nothing = send("POST", "/api/v1/check-ins/undo", caller, null);

        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("removed").get("id").coerceStringValue()).isEqualTo(checkIn);
        assertThat(nothing.body()).isEqualTo("{\"removed\":null}");
    }

    @Test
    void eachKindOfBadInputIs400NamingTheField() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);
        String id = UUID.randomUUID().toString();

        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"before\":11")),
                400,
                "invalid-input",
                "before");
        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"after\":-1")),
                400,
                "invalid-input",
                "after");
        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"before\":\"six\"")),
                400,
                "invalid-input",
                "before");
        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"at\":\"yesterday\"")),
                400,
                "invalid-input",
                "at");
        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"amount\":-2")),
                400,
                "invalid-input",
                "amount");
        assertError(
                send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"durationSeconds\":90000")),
                400,
                "invalid-input",
                "durationSeconds");
        Answer symptom = send("POST", "/api/v1/check-ins", caller, body(id, habit, "\"symptoms\":[\"pain\",\"itch\"]"));
        assertThat(symptom.status()).isEqualTo(400);
        assertThat(symptom.text("field")).startsWith("symptoms");
        assertThat(symptom.text("message"))
                .contains("pain")
                .contains("numbness")
                .contains("weakness");
        assertError(send("POST", "/api/v1/check-ins", caller, body(id, "three", "")), 400, "invalid-input", "habit");
        assertError(
                send("POST", "/api/v1/check-ins", caller, "{\"habit\":\"" + habit + "\"}"),
                400,
                "invalid-input",
                "clientId");
        assertError(get("/api/v1/check-ins?from=2026-13-01&to=2026-12-31", caller), 400, "invalid-input", "from");
        assertError(get("/api/v1/check-ins?to=2026-12-31", caller), 400, "invalid-input", "from");
        assertThat(get("/api/v1/check-ins?from=2026-01-01&to=2026-12-31", caller)
                        .json()
                        .get("checkIns")
                        .size())
                .as("nothing was recorded by the bad calls")
                .isZero();
    }

    @Test
    void aCheckInOnAnUnknownHabitIs404() {
        assertError(send("POST", "/api/v1/check-ins", newCaller(), body("c", "999999", "")), 404, "not-found", null);
    }
}
