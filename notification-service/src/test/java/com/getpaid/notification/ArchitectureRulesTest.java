package com.getpaid.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.notification.followup.FollowUpStatus;
import com.getpaid.notification.message.NotificationStatus;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shape of notification-service: no package cycles, HTTP errors only at the edge, every dispatch table complete. */
class ArchitectureRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.getpaid.notification");

    @Test
    void thePackagesOfTheServiceAreFreeOfCycles() {
        slices().matching("com.getpaid.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyResourcesSpeakHttpErrors() {
        noClasses().that().haveSimpleNameNotEndingWith("Resource").and().resideOutsideOfPackage("..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.ApiProblem")
                .because("aggregates, services and listeners throw the domain's errors (RuleViolated, NotFound, "
                        + "AlreadyRecorded); only REST resources answer in HTTP terms")
                .check(CLASSES);
    }

    @Test
    void noRequestIsCheckedByHand() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("com.getpaid.kit.api.Check")
                .because("requests are typed records with Bean Validation constraints").check(CLASSES);
    }

    @Test
    void noJobLoopOfItsOwn() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().should()
                .beAnnotatedWith("io.quarkus.scheduler.Scheduled")
                .because("work that falls due is an item of the kit's due-work queue, run by its one runner").check(CLASSES);
    }

    /** Initialising every class builds every static dispatch table: a type neither handled nor ignored fails here. */
    @Test
    void everyDispatchTableHandlesOrIgnoresEveryEventOfItsFamily() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        List<String> tables = new java.util.ArrayList<>();
        for (JavaClass type : CLASSES) {
            Class<?> loaded = Class.forName(type.getName(), true, loader);
            if (Arrays.stream(loaded.getDeclaredFields()).anyMatch(f -> f.getType() == Dispatch.class
                    && java.lang.reflect.Modifier.isStatic(f.getModifiers()))) {
                tables.add(loaded.getSimpleName());
            }
        }
        assertEquals(List.of("ComplaintsListener", "ContactsListener", "FollowUp", "Message", "NotificationProjector",
                "ReceivablesListener"), tables.stream().sorted().toList(), "the classes holding a dispatch table");
    }

    @Test
    void theStatusFiltersAcceptExactlyTheStatuses() {
        assertEquals(Arrays.stream(NotificationStatus.values()).map(Enum::name).collect(Collectors.joining("|")),
                NotificationStatus.PATTERN);
        assertEquals(Arrays.stream(FollowUpStatus.values()).map(Enum::name).collect(Collectors.joining("|")),
                FollowUpStatus.PATTERN);
        assertFalse(CLASSES.isEmpty());
    }
}
