package dev.unknot.api.plan;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import org.junit.jupiter.api.Test;

class PlanApiTests extends ApiServerTest {

    private static final String ASSESSMENT = "{\"causes\":{\"poor-posture\":1.0,\"lack-of-movement\":0.8}}";

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void aProposalChangesNothingAndApplyingItCreatesTheHabits() {
        Caller caller = newCaller();

        Answer proposal = send("POST", "/api/v1/plan/proposal", caller, ASSESSMENT);

        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        assertThat(proposal.json().get("applied").isNull()).isTrue();
        assertThat(proposal.json().get("habits").size()).isPositive();
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();

        Answer applied = send("POST", "/api/v1/plan/apply", caller, ASSESSMENT);
        Answer again = send("POST", "/api/v1/plan/apply", caller, ASSESSMENT);

        int created = applied.json().get("applied").get("created").size();
        assertThat(created).isPositive();
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isEqualTo(created);
        assertThat(again.json().get("applied").get("created").size())
                .as("what is kept is left alone")
                .isZero();
        assertThat(again.json().get("applied").get("alreadyKept").size()).isEqualTo(created);
    }

    @Test
    void anUnknownCauseOrAWeightOutOfRangeIs400NamingIt() {
        Caller caller = newCaller();

        Answer unknown = send("POST", "/api/v1/plan/proposal", caller, "{\"causes\":{\"bad-luck\":1.0}}");
        Answer heavy = send("POST", "/api/v1/plan/apply", caller, "{\"causes\":{\"stress\":1.5}}");
        Answer word = send("POST", "/api/v1/plan/proposal", caller, "{\"causes\":{\"stress\":\"high\"}}");

        assertError(unknown, 400, "invalid-input", "causes");
        assertThat(unknown.text("message")).contains("bad-luck").contains("poor-posture");
        assertError(heavy, 400, "invalid-input", "causes.stress");
        assertThat(heavy.text("message")).contains("between 0 and 1");
        assertError(word, 400, "invalid-input", "causes.stress");
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();
    }

    private static final String ANSWERS = "{\"sittingHours\":9,\"stress\":3,\"strengthSessions\":3,"
            + "\"slouches\":false,\"strain\":false,\"glassesOfWater\":3}";

    @Test
    void answersAreRememberedAndEachItemSaysWhy() {
        Caller caller = newCaller();
        Caller other = newCaller();
        Answer none = get("/api/v1/plan/answers", caller);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("answers").isNull()).isTrue();

        Answer proposal = send("POST", "/api/v1/plan/proposal", caller, "{\"answers\":" + ANSWERS + "}");

        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        assertThat(proposal.json().get("items").size()).isPositive();
        for (int index = 0; index < proposal.json().get("items").size(); index++) {
            assertThat(proposal.json().get("items").get(index).get("reason").getStringValue())
                    .isNotBlank();
        }
        assertThat(proposal.json().get("items").get(0).get("reason").getStringValue())
                .isEqualTo("You sit 9 hours a day.");
        assertThat(proposal.json().get("answers").get("glassesOfWater").getIntValue())
                .isEqualTo(3);
        Answer remembered = get("/api/v1/plan/answers", caller);
        assertThat(remembered.json().get("answers").get("sittingHours").getIntValue())
                .isEqualTo(9);
        assertThat(remembered.json().get("answeredAt").getStringValue()).isNotBlank();
        assertThat(get("/api/v1/plan/answers", other).json().get("answers").isNull())
                .isTrue();
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();
    }

    @Test
    void untickedItemsAreLeftOutSchedulesChangedAndNoNameIsCreatedTwice() {
        Caller caller = newCaller();
        Answer proposal = send("POST", "/api/v1/plan/proposal", caller, "{\"answers\":" + ANSWERS + "}");
        int count = proposal.json().get("items").size();
        String first = proposal.json().get("items").get(0).get("id").getStringValue();
        String second = proposal.json().get("items").get(1).get("id").getStringValue();
        String shaped = "{\"answers\":" + ANSWERS + ",\"untick\":[\"" + second + "\"],\"schedules\":{\"" + first
                + "\":{\"kind\":\"weekdays\",\"days\":[\"monday\",\"thursday\"]}}}";

        Answer applied = send("POST", "/api/v1/plan/apply", caller, shaped);

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").get("created").size()).isEqualTo(count - 1);
        assertThat(applied.json()
                        .get("applied")
                        .get("created")
                        .get(0)
                        .get("schedule")
                        .get("kind")
                        .getStringValue())
                .isEqualTo("weekdays");

        Answer whole = send("POST", "/api/v1/plan/proposal", caller, "{\"answers\":" + ANSWERS + "}");
        assertThat(whole.json().get("items").get(0).get("existing").get("name").getStringValue())
                .isEqualTo(whole.json().get("items").get(0).get("name").getStringValue());
        assertThat(whole.json().get("items").get(1).get("existing").isNull()).isTrue();
        Answer again = send("POST", "/api/v1/plan/apply", caller, "{\"answers\":" + ANSWERS + "}");
        assertThat(again.json().get("applied").get("created").size()).isEqualTo(1);
        assertThat(again.json().get("applied").get("skipped").size()).isEqualTo(count - 1);
        assertThat(again.json()
                        .get("applied")
                        .get("skipped")
                        .get(0)
                        .get("existing")
                        .get("name"))
                .isNotNull();
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isEqualTo(count);
    }

    @Test
    void aWrongAnswerAnUnknownItemOrABadScheduleIs400NamingIt() {
        Caller caller = newCaller();

        Answer missing = send("POST", "/api/v1/plan/proposal", caller, "{\"answers\":{\"sittingHours\":9}}");
        Answer range =
                send("POST", "/api/v1/plan/proposal", caller, "{\"answers\":" + ANSWERS.replace(":9", ":25") + "}");
        Answer both = send(
                "POST", "/api/v1/plan/proposal", caller, "{\"causes\":{\"stress\":1},\"answers\":" + ANSWERS + "}");
        Answer unknown =
                send("POST", "/api/v1/plan/apply", caller, "{\"answers\":" + ANSWERS + ",\"untick\":[\"yoga/flow\"]}");
        Answer schedule = send(
                "POST",
                "/api/v1/plan/apply",
                caller,
                "{\"answers\":" + ANSWERS + ",\"schedules\":{\"x\":{\"kind\":\"sometimes\"}}}");

        assertError(missing, 400, "invalid-input", "answers.stress");
        assertError(range, 400, "invalid-input", "answers.sittingHours");
        assertThat(range.text("message")).isEqualTo("answers.sittingHours must be a whole number from 0 to 24, was 25");
        assertError(both, 400, "invalid-input", "causes");
        assertError(unknown, 400, "invalid-input", "untick");
        assertThat(unknown.text("message")).isEqualTo("'yoga/flow' is not in the plan");
        assertError(schedule, 400, "invalid-input", "schedule.kind");
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();
        assertThat(get("/api/v1/plan/answers", caller).json().get("answers").isNull())
                .isTrue();
    }
}
