package com.getpaid.receivables;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.getpaid.kit.dispatch.Dispatch;
import org.junit.jupiter.api.Test;

/** The shape of receivables-service: no package cycles, HTTP only at the edge, every dispatch table complete. */
class ArchitectureRulesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("com.getpaid.receivables");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.getpaid.receivables.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void onlyResourcesSpeakHttpProblems() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource").and().resideOutsideOfPackage("..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.ApiProblem")
                .because("the domain throws RuleViolated, NotFound or AlreadyRecorded; resources map HTTP")
                .check(SERVICE);
    }

    /** Initialising every class that holds a dispatch table builds it: an event type neither handled nor ignored fails here. */
    @Test
    void everyDispatchTableIsComplete() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        int tables = 0;
        for (JavaClass type : SERVICE) {
            if (type.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Dispatch.class))) {
                Class.forName(type.getName(), true, loader);
                tables++;
            }
        }
        if (tables < 4) {
            throw new AssertionError("expected the account, the projector and both listeners to hold dispatch tables, found "
                    + tables);
        }
    }
}
