package dev.unknot.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import org.junit.jupiter.api.Test;

/** Persistence stays inside the store: front ends see services, core types and small records only. */
class StoreArchitectureTests {

    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unknot.store");

    @Test
    void entitiesAndRepositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(MappedEntity.class)
                .or()
                .areAnnotatedWith(JdbcRepository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(STORE);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.unknot.store.(*)..").should().beFreeOfCycles().check(STORE);
    }

    @Test
    void storeKnowsNoFrontEndAndNoPlugin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.unknot.cli..", "dev.unknot.web..", "dev.unknot.plugin..", "picocli..", "com.vaadin..")
                .check(STORE);
    }

    @Test
    void onlyTheDatabasePackageOpensConnectionsAndRunsMigrations() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.unknot.store.db..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.flywaydb..", "com.zaxxer.hikari..", "java.sql..")
                .check(STORE);
    }
}
