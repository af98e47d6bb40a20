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
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.getpaid.events.store..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.Kernel")
                .check(CLASSES);
    }
}
