package dev.unknot.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web UI's shape: features apart, views away from storage, plugins only at run time. */
@AnalyzeClasses(packages = "dev.unknot.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String[] FEATURES = {
        "dev.unknot.web.library..",
        "dev.unknot.web.plugins..",
        "dev.unknot.web.layout..",
        "dev.unknot.web.session..",
        "dev.unknot.web.account..",
        "dev.unknot.web.today..",
        "dev.unknot.web.habits..",
        "dev.unknot.web.progress..",
        "dev.unknot.web.routine..",
        "dev.unknot.web.plan..",
        "dev.unknot.web.settings..",
        "dev.unknot.web.own.."
    };

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices().matching(
                    "dev.unknot.web.(library|plugins|account|today|habits|progress|routine|plan|settings|own)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.unknot.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsDoNotTouchStorage = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..");

    @ArchTest
    static final ArchRule viewsCallServicesNotRepositories = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule noPluginAtCompileTime =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.unknot.plugin..");

    @ArchTest
    static final ArchRule onlyTheServerKnowsJetty = noClasses()
            .that()
            .resideOutsideOfPackage("dev.unknot.web.server..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.eclipse.jetty..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheServer = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.unknot.web.server..");
}
