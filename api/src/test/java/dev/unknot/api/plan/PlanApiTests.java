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
}
