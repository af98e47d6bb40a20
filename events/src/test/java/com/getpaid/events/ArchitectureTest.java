package com.getpaid.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The events module is the contract only: no framework, and none of the runtime (Kafka, JDBC), which is event-store's. */
class ArchitectureTest {

    static final JavaClasses CONTRACT = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.getpaid.events");

    @Test
    void theEventsLibraryDependsOnNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..",
                "org.eclipse.microprofile..", "io.vertx..")
                .check(CONTRACT);
    }

    @Test
    void theContractDependsOnNeitherKafkaNorJdbc() {
        noClasses().that().resideInAPackage("com.getpaid.events..").and().resideOutsideOfPackage("com.getpaid.events.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "java.sql..", "javax.sql..",
                        "org.postgresql..", "com.getpaid.events.store..")
                .check(CONTRACT);
    }
}
