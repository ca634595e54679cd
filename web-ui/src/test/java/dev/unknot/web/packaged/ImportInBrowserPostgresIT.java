package dev.unknot.web.packaged;

import dev.unknot.store.testing.EnabledIfPostgres;
import java.util.Map;
import java.util.Optional;

/** {@link ImportInBrowserIT} with the app on the PostgreSQL of {@code UNKNOT_TEST_JDBC_URL}, in a schema of its own. */
@EnabledIfPostgres
class ImportInBrowserPostgresIT extends ImportInBrowserIT {

    @Override
    Map<String, String> environment() {
        String url = Optional.ofNullable(System.getenv("UNKNOT_TEST_JDBC_URL"))
                .filter(value -> value.startsWith("jdbc:postgresql:"))
                .orElseThrow(() -> new IllegalStateException("set UNKNOT_TEST_JDBC_URL to a PostgreSQL database"));
        return Map.of(
                "UNKNOT_DATABASE_URL",
                url,
                "UNKNOT_DATABASE_USER",
                Optional.ofNullable(System.getenv("UNKNOT_TEST_JDBC_USER")).orElse("postgres"),
                "UNKNOT_DATABASE_PASSWORD",
                Optional.ofNullable(System.getenv("UNKNOT_TEST_JDBC_PASSWORD")).orElse(""),
                "UNKNOT_DATABASE_SCHEMA",
                "import_browser_" + System.currentTimeMillis());
    }

    @Override
    String database() {
        return "postgres";
    }
}
