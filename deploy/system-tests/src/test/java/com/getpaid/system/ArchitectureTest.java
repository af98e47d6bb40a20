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
