package dev.unknot.cli.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class on PostgreSQL when one is at hand ({@code UNKNOT_TEST_JDBC_URL}, or Docker) and
 * skips it with the reason otherwise, unless {@code UNKNOT_REQUIRE_POSTGRES=true}: then it always
 * runs, and fails without a server. The same rule as the store's tests.
 */
public final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.fromEnvironment().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL from UNKNOT_TEST_JDBC_URL");
        }
        if (TestPostgres.dockerAvailable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL in Docker through Testcontainers");
        }
        if (TestPostgres.required()) {
            return ConditionEvaluationResult.enabled(
                    "UNKNOT_REQUIRE_POSTGRES=true: running, and failing, without a PostgreSQL server");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL: set UNKNOT_TEST_JDBC_URL (with "
                + "UNKNOT_TEST_JDBC_USER and UNKNOT_TEST_JDBC_PASSWORD) or make Docker available to run them");
    }
}
