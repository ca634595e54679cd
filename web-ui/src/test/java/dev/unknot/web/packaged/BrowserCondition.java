package dev.unknot.web.packaged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables browser tests where the browser is installed or where it is required. */
final class BrowserCondition implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String REQUIRE_BROWSER = "UNKNOT_REQUIRE_BROWSER";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_BROWSER))) {
            return ConditionEvaluationResult.enabled(REQUIRE_BROWSER + "=true: the browser test must run");
        }
        return missing()
                .map(path -> ConditionEvaluationResult.disabled("no " + path + ": install Debian's chromium and"
                        + " chromium-driver (apt-get install chromium chromium-driver) to run the browser test,"
                        + " or set " + REQUIRE_BROWSER + "=true to make a missing browser fail the build"))
                .orElseGet(
                        () -> ConditionEvaluationResult.enabled(CHROMIUM + " and " + CHROMEDRIVER + " are installed"));
    }

    /** The first of chromium and chromedriver that is not installed. */
    static Optional<Path> missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of(CHROMIUM);
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of(CHROMEDRIVER);
        }
        return Optional.empty();
    }
}
