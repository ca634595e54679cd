package dev.unknot.store.db;

import dev.unknot.wire.error.UnavailableException;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * Flyway, in a class of its own so that a command whose schema is current never loads it: it
 * validates the migrations already applied against the build's (a changed one fails) and applies
 * the new ones.
 */
final class Migrations {

    private Migrations() {}

    static void migrate(DataSource dataSource, DatabaseSettings settings) {
        FluentConfiguration flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .validateOnMigrate(true)
                .locations(
                        "classpath:" + MigrationFingerprint.COMMON_FOLDER,
                        "classpath:" + MigrationFingerprint.folderOf(settings.vendor()));
        settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
        try {
            flyway.load().migrate();
        } catch (FlywayValidateException e) {
            throw new UnavailableException(
                    "cannot bring the database " + settings.describe() + " up to date: " + validationFailure(e), e);
        }
    }

    /**
     * Flyway's report in one line: which migrations differ and how, without its headline and its
     * advice (the database was migrated by another build of Unknot; that build, or a repair, fixes it).
     */
    static String validationFailure(FlywayValidateException failure) {
        String details = failure.getMessage()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty()
                        && !line.startsWith("Validate failed")
                        && !line.startsWith("Either revert")
                        && !line.startsWith("Need more flexibility"))
                .map(line -> line.startsWith("->") ? line.substring(2).strip() : line)
                .collect(Collectors.joining("; "));
        return "the migrations applied differ from this build's: " + details;
    }
}
