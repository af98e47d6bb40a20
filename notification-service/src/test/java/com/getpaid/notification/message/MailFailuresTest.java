package com.getpaid.notification.message;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A delivery that fails is retried and counted where the operations page reads it. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MailFailuresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static RequestSpecification operator() {
        io.restassured.RestAssured.requestSpecification = null; // this test sends its own token
        return given().auth().oauth2(PlatformTestResource.token("operator", Roles.ALL));
    }

    /** {@code getpaid_mail_failures_total} as Prometheus reads it from {@code /q/metrics}. */
    static double mailFailures() {
        return counter("getpaid_mail_failures_total");
    }

    /** A counter as Prometheus reads it from {@code /q/metrics}. */
    static double counter(String name) {
        var line = java.util.regex.Pattern.compile("^" + name + "(\\{[^}]*\\})? (\\S+)$",
                java.util.regex.Pattern.MULTILINE).matcher(operator().get("/q/metrics").then().statusCode(200).extract()
                        .asString());
        assertTrue(line.find(), name + " is in /q/metrics");
        return Double.parseDouble(line.group(2));
    }

    @Test
    void aMessageTheMailerCannotHandOverIsRetriedAndCountsAsAMailFailure() {
        double before = mailFailures(); // registered at start-up: there before any failure
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            // an address the mail client refuses before any server sees it (the card's check is in customer-service)
            kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-MAILFAIL", "Broken Address Ltd", "ap at broken.example",
                    "en", PaymentTerms.cashOnDelivery(), new BigDecimal("100.00"), "CNY", null));
            kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-MAILFAIL", "C-MAILFAIL", "PRODUCT_QUALITY", "PHONE",
                    "Two cartons missing", "front desk", List.of(), null, null, Instant.now(), null, null, null, null, null,
                    null, null, null));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> operator().get("/api/notifications?customerId=C-MAILFAIL")
                .then().statusCode(200).body("kind", contains("COMPLAINT_ACKNOWLEDGEMENT"))
                .body("[0].status", equalTo("QUEUED")).body("[0].attempts", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("[0].note", containsString("an email address is invalid")));
        assertTrue(mailFailures() >= before + 1, "getpaid_mail_failures_total went up from " + before);
    }
}
