package dev.unknot.api.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import io.micronaut.json.tree.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TodayApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void todayListsTheHabitsWithTheirStatusAndStreak() {
        Caller caller = newCaller();
        String water = newHabit(caller, Bodies.WATER);

        Answer before = get("/api/v1/today", caller);
        send(
                "POST",
                "/api/v1/check-ins",
                caller,
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"habit\":\"" + water + "\"}");
        Answer after = get("/api/v1/today", caller);

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.text("day")).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode entry = before.json().get("habits").get(0);
        assertThat(entry.get("habit").get("id").coerceStringValue()).isEqualTo(water);
        assertThat(entry.get("status").getStringValue()).isEqualTo("due");
        assertThat(entry.get("target").getNumberValue().doubleValue()).isEqualTo(8.0);
        assertThat(after.json()
                        .get("habits")
                        .get(0)
                        .get("done")
                        .getNumberValue()
                        .doubleValue())
                .as("a measured habit's check-in counts its daily target when no amount is given")
                .isEqualTo(8.0);
        assertThat(after.json().get("habits").get(0).get("status").getStringValue())
                .isEqualTo("done");
    }

    @Test
    void adviceIsEmptyForAFreshPersonAndNamesRedFlagsAfterASymptom() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);

        assertThat(get("/api/v1/advice", caller).body()).isEqualTo("{\"advice\":[]}");

        Answer recorded = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"habit\":\"" + habit
                        + "\",\"symptoms\":[\"numbness\",\"fever\"]}");
        Answer advice = get("/api/v1/advice", caller);

        assertThat(recorded.json().get("advice").size()).isPositive();
        assertThat(advice.json().get("advice").size()).isPositive();
        assertThat(advice.json().get("advice").get(0).get("severity").getStringValue())
                .isEqualTo("urgent");
    }
}
