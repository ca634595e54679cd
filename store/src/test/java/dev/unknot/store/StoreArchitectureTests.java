package dev.unknot.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Inside the store: features without cycles, connections and migrations in one package. */
class StoreArchitectureTests {

    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unknot.store");

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.unknot.store.(*)..").should().beFreeOfCycles().check(STORE);
    }

    @Test
    void storeKnowsNeitherTheApplicationNorAFrontEndNorAPlugin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.unknot.app..",
                        "dev.unknot.cli..",
                        "dev.unknot.web..",
                        "dev.unknot.plugin..",
                        "picocli..",
                        "com.vaadin..")
                .check(STORE);
    }

    @Test
    void onlyTheDatabasePackageOpensConnectionsAndRunsMigrations() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.unknot.store.db..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.flywaydb..",
                        "com.zaxxer.hikari..",
                        "org.h2..",
                        "org.postgresql..",
                        "java.sql..",
                        "javax.sql..")
                .check(STORE);
    }
}
