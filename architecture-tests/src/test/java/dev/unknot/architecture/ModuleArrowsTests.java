package dev.unknot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of ARCHITECTURE.md: plugins → core, store → core, wire → store and core, front ends →
 * wire, store and core; core knows no framework; no front end knows a plugin or the other front end.
 */
@AnalyzeClasses(packages = "dev.unknot", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTests {

    @ArchTest
    static final ArchRule coreDependsOnTheJdkAlone = classes()
            .that()
            .resideInAPackage("dev.unknot.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.unknot.core..", "java..", "org.apiguardian.api..")
            .because("core is the contract plugin authors compile against: no framework, no JDBC");

    @ArchTest
    static final ArchRule coreHasNoCyclesBetweenPackages =
            slices().matching("dev.unknot.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theSpiDoesNotKnowTheRegistry = noClasses()
            .that()
            .resideInAPackage("dev.unknot.core.spi..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.unknot.core.plugin..")
            .because("a plugin author sees the SPI, never the machinery that loads it");

    @ArchTest
    static final ArchRule pluginsDependOnCoreAlone = classes()
            .that()
            .resideInAPackage("dev.unknot.plugin..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.unknot.core..", "dev.unknot.plugin..", "java..")
            .because("a plugin is content on top of unknot-core");

    @ArchTest
    static final ArchRule noPluginKnowsAnotherPluginsClasses = slices().matching("dev.unknot.plugin.(*)..")
            .should()
            .notDependOnEachOther()
            .because("plugins refer to each other's techniques by id, so each jar can be left out");

    @ArchTest
    static final ArchRule storeKnowsNoFrontEnd = noClasses()
            .that()
            .resideInAPackage("dev.unknot.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.cli..",
                    "dev.unknot.web..",
                    "dev.unknot.wire..",
                    "dev.unknot.client..",
                    "dev.unknot.api..",
                    "dev.unknot.plugin..",
                    "com.vaadin..",
                    "picocli..");

    @ArchTest
    static final ArchRule wireKnowsStoreAndCoreAlone = noClasses()
            .that()
            .resideInAPackage("dev.unknot.wire..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.cli..",
                    "dev.unknot.web..",
                    "dev.unknot.client..",
                    "dev.unknot.api..",
                    "dev.unknot.plugin..",
                    "picocli..",
                    "com.vaadin..",
                    "io.netty..",
                    "io.micronaut.http..",
                    "org.eclipse.jetty..")
            .because("the wire model is shared by the CLI, its HTTP client and the API server: no front end's types");

    @ArchTest
    static final ArchRule theClientSpeaksTheWireOverTheJdksHttp = noClasses()
            .that()
            .resideInAPackage("dev.unknot.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.cli..",
                    "dev.unknot.web..",
                    "dev.unknot.api..",
                    "dev.unknot.plugin..",
                    "dev.unknot.store.db..",
                    "picocli..",
                    "com.vaadin..",
                    "io.netty..",
                    "io.micronaut.http..",
                    "org.eclipse.jetty..")
            .because("the CLI starts fast: java.net.http and JSON, no Netty, no database");

    @ArchTest
    static final ArchRule wireFeaturesHaveNoCycles =
            slices().matching("dev.unknot.wire.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theApiKnowsNoOtherFrontEnd = noClasses()
            .that()
            .resideInAPackage("dev.unknot.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.cli..",
                    "dev.unknot.web..",
                    "dev.unknot.client..",
                    "dev.unknot.plugin..",
                    "com.vaadin..",
                    "picocli..",
                    "org.eclipse.jetty..")
            .because(
                    "the API is a front end of its own, served on Netty; the web server only puts that server on its port");

    @ArchTest
    static final ArchRule theApiGoesThroughTheTracker = noClasses()
            .that()
            .resideInAPackage("dev.unknot.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("controllers stay thin: every call is the token person's Tracker");

    @ArchTest
    static final ArchRule apiFeaturesHaveNoCycles =
            slices().matching("dev.unknot.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule frontEndsKnowNoPlugin = noClasses()
            .that()
            .resideInAnyPackage("dev.unknot.cli..", "dev.unknot.web..", "dev.unknot.wire..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.unknot.plugin..")
            .because("plugins reach the front ends at run time through ServiceLoader");

    @ArchTest
    static final ArchRule theCliDoesNotKnowTheWebUi = noClasses()
            .that()
            .resideInAPackage("dev.unknot.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.unknot.web..", "com.vaadin..");

    @ArchTest
    static final ArchRule theWebUiDoesNotKnowTheCli = noClasses()
            .that()
            .resideInAPackage("dev.unknot.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.unknot.cli..", "picocli..");

    @ArchTest
    static final ArchRule webFeaturesHaveNoCycles =
            slices().matching("dev.unknot.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule cliFeaturesHaveNoCycles =
            slices().matching("dev.unknot.cli.(*)..").should().beFreeOfCycles();
}
