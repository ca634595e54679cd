package dev.unknot.store.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresConditionTests {

    @Test
    void urlEnablesWithoutAskingDocker() {
        assertThat(PostgresCondition.decide(true, false, () -> {
                            throw new AssertionError("Docker was probed");
                        })
                        .isDisabled())
                .isFalse();
    }

    @Test
    void dockerEnablesWhenThereIsNoUrl() {
        assertThat(PostgresCondition.decide(false, false, () -> true).isDisabled())
                .isFalse();
    }

    @Test
    void nothingAtHandSkipsWithTheReason() {
        var result = PostgresCondition.decide(false, false, () -> false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("UNKNOT_TEST_JDBC_URL"));
    }

    @Test
    void requiredRunNeverSkips() {
        assertThat(PostgresCondition.decide(false, true, () -> false).isDisabled())
                .isFalse();
    }
}
