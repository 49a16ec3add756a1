package io.roster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature, Camunda at the edges. */
@AnalyzeClasses(packages = "io.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("io.roster.(*)..")
        .should()
        .beFreeOfCycles();

    @ArchTest
    static final ArchRule theMendixPortAndClientsKnowNothingOfTheEngine = noClasses().that()
        .resideInAnyPackage("io.roster.mendix..", "io.roster.identity..", "io.roster.directory..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda..")
        .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheSandboxServesTheSandbox = noClasses().that()
        .resideOutsideOfPackages("io.roster.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.roster.sandbox..")
        .allowEmptyShould(true);

}
