package com.getpaid.complaint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.getpaid.kit.dispatch.Dispatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of complaint-service: no package cycles, HTTP problems only at the edge, every dispatch table complete. */
class ArchitectureRulesTest {

    static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.getpaid.complaint");

    @Test
    void the_packages_of_the_service_are_free_of_cycles() {
        slices().matching("com.getpaid.complaint.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void only_resources_speak_http_problems() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource").and().resideOutsideOfPackages("..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.ApiProblem")
                .because("the domain throws RuleViolated, NotFound or AlreadyRecorded; only resources answer HTTP")
                .check(SERVICE);
    }

    /** Initialising every class builds every static Dispatch table: one that forgets an event type fails here. */
    @Test
    void every_dispatch_table_of_the_service_handles_or_ignores_every_event_of_its_family() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        List<JavaClass> tables = SERVICE.stream().filter(c -> c.getAllFields().stream()
                .anyMatch(f -> f.getRawType().isEquivalentTo(Dispatch.class))).toList();
        assertFalse(tables.isEmpty(), "the service's event handlers keep their tables in static Dispatch fields");
        for (JavaClass c : SERVICE) {
            Class.forName(c.getName(), true, loader);
        }
    }
}
