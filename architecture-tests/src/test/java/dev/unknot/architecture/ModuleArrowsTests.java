package dev.unknot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of ARCHITECTURE.md: plugins → core; wire → core; store → core (and wire's errors); app
 * → store, wire, core; client → wire, core; front ends (views, controllers, commands) → app, wire,
 * core. Core knows no framework; no front end knows persistence, a plugin or another front end.
 */
@AnalyzeClasses(packages = "dev.unknot", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTests {

    private static final String[] FRONT_ENDS = {"dev.unknot.api..", "dev.unknot.cli..", "dev.unknot.web.."};

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
    static final ArchRule theWireModelDependsOnCoreAndSerializationAnnotationsAlone = classes()
            .that()
            .resideInAPackage("dev.unknot.wire..")
            .and()
            .haveNameNotMatching(".*\\.\\$.*") // classes Micronaut generates at compile time
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.wire..",
                    "dev.unknot.core..",
                    "java..",
                    "org.apiguardian.api..",
                    "io.micronaut.serde.annotation..",
                    "io.micronaut.serde.config.naming..",
                    "io.micronaut.core.annotation..",
                    // Read at compile time for the API's OpenAPI document; not needed at run time.
                    "io.swagger.v3.oas.annotations..")
            .because("a client of the wire model (the CLI's HTTP client) carries no persistence and no server");

    @ArchTest
    static final ArchRule wireFeaturesHaveNoCycles =
            slices().matching("dev.unknot.wire.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theStoreKnowsCoreAndTheWiresErrorsAlone = noClasses()
            .that()
            .resideInAPackage("dev.unknot.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.app..",
                    "dev.unknot.api..",
                    "dev.unknot.cli..",
                    "dev.unknot.client..",
                    "dev.unknot.web..",
                    "dev.unknot.plugin..",
                    "com.vaadin..",
                    "picocli..")
            .orShould()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are wire classes other than its errors",
                    type -> type.getPackageName().startsWith("dev.unknot.wire")
                            && !type.getPackageName().equals("dev.unknot.wire.error")))
            .because("persistence is below the application: it reports a database it cannot open, nothing more");

    @ArchTest
    static final ArchRule theApplicationKnowsNoFrontEnd = noClasses()
            .that()
            .resideInAPackage("dev.unknot.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.api..",
                    "dev.unknot.cli..",
                    "dev.unknot.client..",
                    "dev.unknot.web..",
                    "dev.unknot.plugin..",
                    "com.vaadin..",
                    "picocli..",
                    "io.netty..",
                    "io.micronaut.http..",
                    "org.eclipse.jetty..")
            .because("every front end calls the same application services");

    @ArchTest
    static final ArchRule applicationFeaturesHaveNoCycles =
            slices().matching("dev.unknot.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule frontEndsGoThroughTheApplicationLayer = noClasses()
            .that()
            .resideInAnyPackage(FRONT_ENDS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.unknot.store..", "java.sql..", "javax.sql..", "io.micronaut.data..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("views, controllers and commands convert input and render output; every rule is in"
                    + " the application services (dev.unknot.app)");

    @ArchTest
    static final ArchRule theClientSpeaksTheWireOverTheJdksHttp = noClasses()
            .that()
            .resideInAPackage("dev.unknot.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.unknot.app..",
                    "dev.unknot.store..",
                    "dev.unknot.api..",
                    "dev.unknot.cli..",
                    "dev.unknot.web..",
                    "dev.unknot.plugin..",
                    "picocli..",
                    "com.vaadin..",
                    "io.netty..",
                    "org.eclipse.jetty..",
                    "java.sql..")
            .because("the CLI starts fast: HTTP and JSON, no Netty, no database");

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
    static final ArchRule apiFeaturesHaveNoCycles =
            slices().matching("dev.unknot.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule frontEndsKnowNoPlugin = noClasses()
            .that()
            .resideInAnyPackage(FRONT_ENDS)
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
