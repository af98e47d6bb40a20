package com.getpaid.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.kit.dispatch.Dispatch;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of customer-service: no package cycle, HTTP only in resources, and every dispatch table complete. */
class ArchitectureRulesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.getpaid.customer");

    @Test
    void the_feature_packages_are_free_of_cycles() {
        slices().matching("com.getpaid.customer.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void only_resources_speak_http_problems() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource").and().resideOutsideOfPackage("..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.ApiProblem")
                .because("aggregates, services, listeners and jobs throw domain errors (RuleViolated, NotFound, "
                        + "AlreadyRecorded); ProblemMappers answers them")
                .check(SERVICE);
    }

    @Test
    void no_hand_written_checks_remain() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.Check")
                .because("requests are typed records checked by Bean Validation").check(SERVICE);
    }

    @Test
    void every_dispatch_table_handles_or_ignores_every_event_of_its_family() throws Exception {
        List<String> tables = new ArrayList<>();
        ClassLoader loader = getClass().getClassLoader();
        for (JavaClass type : SERVICE) {
            boolean holdsTable = type.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Dispatch.class));
            if (holdsTable) {
                // initialising the class builds its tables; a missing event type throws here
                Class.forName(type.getName(), true, loader);
                tables.add(type.getSimpleName());
            }
        }
        assertTrue(tables.size() >= 5, "expected the aggregate's, the projector's, the ledger's, the rules' and the "
                + "listeners' tables, found " + tables);
    }
}
