package com.getpaid.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the code: services share only events (and the plumbing kit), and REST stays thin. */
class ArchitectureTest {

    static final List<String> SERVICES = List.of("customer", "receivables", "complaint", "notification");
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.getpaid");

    @Test
    void theServicesAreInTheImport() {
        for (String service : SERVICES) {
            org.junit.jupiter.api.Assertions.assertTrue(CLASSES.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("com.getpaid." + service)), service + " classes not found");
        }
    }

    @Test
    void servicesNeverDependOnEachOther() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "com.getpaid." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("com.getpaid." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(CLASSES);
        }
    }

    @Test
    void restResourcesDoNotReachIntoPersistence() {
        // the kit's operations endpoints (/admin/**) drive the kernel itself, by design
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideOutsideOfPackage("com.getpaid.kit..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.getpaid.events.store..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.Kernel")
                .check(CLASSES);
    }

    /** Inside a service, features depend on each other one way: no package cycle (a cycle is one big package in disguise). */
    @Test
    void noPackageCycleInsideAService() {
        for (String service : SERVICES) {
            com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                    .matching("com.getpaid." + service + ".(*)..").should().beFreeOfCycles().check(CLASSES);
        }
    }

    /** The domain says what is wrong in its words (kit.domain); only REST resources speak HTTP problems. */
    @Test
    void onlyResourcesSpeakHttpProblems() {
        noClasses().that().resideOutsideOfPackage("com.getpaid.kit..").and().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.ApiProblem")
                .check(CLASSES);
    }

    /** One way to change a stream: the command pipeline appends; nothing else calls the store's append. */
    @Test
    void onlyThePipelineAppends() {
        noClasses().that().resideOutsideOfPackages("com.getpaid.kit.command..", "com.getpaid.events.store..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("append"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe("the event store",
                                                o -> o.getName().equals("com.getpaid.events.store.EventStore"))))))
                .check(CLASSES);
    }

    /** Work that falls due goes through the one queue: a timer is left only on its runner and the daily value tiers. */
    @Test
    void timersOnlyOnTheDueWorkRunnerAndTheValueTiers() {
        List<String> timed = new java.util.ArrayList<>();
        for (var type : CLASSES) {
            for (var method : type.getMethods()) {
                if (method.isAnnotatedWith("io.quarkus.scheduler.Scheduled")) {
                    timed.add(type.getSimpleName());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of("DueWorkRunner", "ValueTierJob"),
                timed.stream().distinct().sorted().toList());
    }

    /** Deny by default, checked: every endpoint names the roles that may call it (or says it is open). */
    @Test
    void everyEndpointSaysWhichRolesMayCallIt() {
        List<String> httpMethods = List.of("GET", "POST", "PUT", "DELETE", "PATCH").stream().map(m -> "jakarta.ws.rs." + m)
                .toList();
        // the console's pages need a signed-in person; what that person may read and do, the services decide
        List<String> guards = List.of("jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.PermitAll",
                "io.quarkus.security.Authenticated");
        List<String> endpoints = new java.util.ArrayList<>();
        List<String> unguarded = new java.util.ArrayList<>();
        for (var type : CLASSES) {
            for (var method : type.getMethods()) {
                if (httpMethods.stream().anyMatch(method::isAnnotatedWith)) {
                    endpoints.add(method.getFullName());
                    if (guards.stream().noneMatch(g -> method.isAnnotatedWith(g) || type.isAnnotatedWith(g))) {
                        unguarded.add(method.getFullName());
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(endpoints.size() >= 19, "endpoints found: " + endpoints);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unguarded);
    }
}
