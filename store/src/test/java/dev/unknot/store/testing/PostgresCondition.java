package dev.unknot.store.testing;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link EnabledIfPostgres}. Decided once per run, before any Micronaut context starts. */
public final class PostgresCondition implements ExecutionCondition {

    private static ConditionEvaluationResult decision;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        synchronized (PostgresCondition.class) {
            if (decision == null) {
                decision = decide(
                        TestPostgres.fromEnvironment().isPresent(),
                        TestPostgres.required(),
                        TestPostgres::dockerAvailable);
            }
            return decision;
        }
    }

    /** The rule: a URL, else Docker, else skip, except that a required run never skips. */
    static ConditionEvaluationResult decide(boolean urlGiven, boolean required, BooleanSupplier docker) {
        if (urlGiven) {
            return ConditionEvaluationResult.enabled("PostgreSQL from UNKNOT_TEST_JDBC_URL");
        }
        if (docker.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("PostgreSQL in Docker through Testcontainers");
        }
        if (required) {
            return ConditionEvaluationResult.enabled(
                    "UNKNOT_REQUIRE_POSTGRES=true: running, and failing, without a PostgreSQL server");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL: set UNKNOT_TEST_JDBC_URL (with "
                + "UNKNOT_TEST_JDBC_USER and UNKNOT_TEST_JDBC_PASSWORD) or make Docker available to run them");
    }
}
