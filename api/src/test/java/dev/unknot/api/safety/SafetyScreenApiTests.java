package dev.unknot.api.safety;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.api.testing.Bodies;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyScreenApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void theScreenIsOfferedUntilAnsweredAndAnEmergencyAnswerIsAnEmergencyAtOnce() {
        Caller caller = newCaller();

        Answer fresh = get("/api/v1/safety-screen", caller);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().get("offer").getBooleanValue()).isTrue();
        assertThat(fresh.json().get("taken").isNull()).isTrue();
        assertThat(ids(fresh.json().get("questions")))
                .startsWith("saddle-numbness", "bladder-bowel", "both-legs", "sexual-function")
                .contains("fever", "weight-loss", "cancer", "injury", "night-pain", "age")
                .hasSize(10);
        assertThat(fresh.json().get("questions").get(0).get("tier").getStringValue())
                .isEqualTo("emergency");

        Answer answered = send("PUT", "/api/v1/safety-screen", caller, "{\"yes\":[\"bladder-bowel\"]}");

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("offer").getBooleanValue()).isFalse();
        assertThat(answered.json().get("taken").getStringValue()).isNotEmpty();
        assertThat(ids(answered.json().get("yes"))).containsExactly("bladder-bowel");
        assertThat(answered.json().get("advice").get(0).get("severity").getStringValue())
                .isEqualTo("emergency");
        assertThat(get("/api/v1/advice", caller)
                        .json()
                        .get("advice")
                        .get(0)
                        .get("title")
                        .getStringValue())
                .isEqualTo("Seek emergency care now");

        Answer retaken = send("PUT", "/api/v1/safety-screen", caller, "{\"yes\":[]}");
        assertThat(retaken.json().get("yes").size()).isZero();
        assertThat(retaken.json().get("advice").size()).isZero();
    }

    @Test
    void puttingItOffStopsTheOfferWithoutAnswers() {
        Caller caller = newCaller();

        Answer later = send("PUT", "/api/v1/safety-screen", caller, "{\"later\":true}");

        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(later.json().get("offer").getBooleanValue()).isFalse();
        assertThat(later.json().get("taken").isNull()).isTrue();
    }

    @Test
    void anIdTheScreenDoesNotAskIs400NamingTheField() {
        Caller caller = newCaller();

        Answer pain = send("PUT", "/api/v1/safety-screen", caller, "{\"yes\":[\"pain\"]}");
        Answer both = send("PUT", "/api/v1/safety-screen", caller, "{\"yes\":[\"cancer\"],\"later\":true}");

        assertError(pain, 400, "invalid-input", "yes");
        assertThat(pain.text("message")).contains("saddle-numbness").endsWith("was 'pain'");
        assertError(both, 400, "invalid-input", "later");
        assertThat(get("/api/v1/safety-screen", caller).json().get("offer").getBooleanValue())
                .isTrue();
    }

    @Test
    void aCheckInCarriesTheNewSymptoms() {
        Caller caller = newCaller();
        String habit = newHabit(caller, Bodies.CHILDS_POSE);

        Answer checkIn = send(
                "POST",
                "/api/v1/check-ins",
                caller,
                "{\"clientId\":\"c-1\",\"habit\":\"" + habit + "\",\"symptoms\":[\"both-legs\",\"fever\"]}");

        assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
        assertThat(ids(checkIn.json().get("checkIn").get("symptoms"))).containsExactly("both-legs", "fever");
        assertThat(checkIn.json().get("advice").get(0).get("severity").getStringValue())
                .isEqualTo("emergency");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        for (JsonNode node : array.values()) {
            ids.add(node.isString() ? node.getStringValue() : node.get("id").getStringValue());
        }
        return ids;
    }
}
