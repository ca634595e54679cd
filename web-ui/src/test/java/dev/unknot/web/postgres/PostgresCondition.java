package dev.unknot.web.postgres;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * The store tests' rule for PostgreSQL, for the web UI: {@code UNKNOT_TEST_JDBC_URL} (with
 * {@code _USER} and {@code _PASSWORD}), else Testcontainers when Docker runs, else skipped with the
 * reason; never skipped when {@code UNKNOT_REQUIRE_POSTGRES=true}.
 */
final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (variable("UNKNOT_TEST_JDBC_URL").isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL from UNKNOT_TEST_JDBC_URL");
        }
        if (dockerAvailable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL in Docker through Testcontainers");
        }
        if (variable("UNKNOT_REQUIRE_POSTGRES").map(Boolean::parseBoolean).orElse(false)) {
            return ConditionEvaluationResult.enabled(
                    "UNKNOT_REQUIRE_POSTGRES=true: running, and failing, without a PostgreSQL server");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL: set UNKNOT_TEST_JDBC_URL (with "
                + "UNKNOT_TEST_JDBC_USER and UNKNOT_TEST_JDBC_PASSWORD) or make Docker available to run them");
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
