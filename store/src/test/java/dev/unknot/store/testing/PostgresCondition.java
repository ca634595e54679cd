package dev.unknot.store.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link EnabledIfPostgres}. Decided once per run, before any Micronaut context starts. */
public final class PostgresCondition implements ExecutionCondition {

    private static ConditionEvaluationResult decision;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return decide();
    }

    private static synchronized ConditionEvaluationResult decide() {
        if (decision == null) {
            if (TestPostgres.fromEnvironment().isPresent()) {
                decision = ConditionEvaluationResult.enabled("PostgreSQL from UNKNOT_TEST_JDBC_URL");
            } else if (TestPostgres.dockerAvailable()) {
                decision = ConditionEvaluationResult.enabled("PostgreSQL in Docker through Testcontainers");
            } else if (TestPostgres.required()) {
                decision = ConditionEvaluationResult.enabled(
                        "UNKNOT_REQUIRE_POSTGRES=true: running, and failing, without a PostgreSQL server");
            } else {
                decision = ConditionEvaluationResult.disabled("No PostgreSQL: set UNKNOT_TEST_JDBC_URL (with "
                        + "UNKNOT_TEST_JDBC_USER and UNKNOT_TEST_JDBC_PASSWORD) or make Docker available to run them");
            }
        }
        return decision;
    }
}
