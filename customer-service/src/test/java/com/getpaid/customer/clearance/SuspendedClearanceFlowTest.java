package com.getpaid.customer.clearance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A credit manager's suspension of an overdue cash-on-delivery hold lets the ERP's shipments through, read from the card. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SuspendedClearanceFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static io.restassured.specification.RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("someone", List.of(role))).contentType(ContentType.JSON);
    }

    @Test
    void a_suspended_overdue_cash_on_delivery_hold_clears_shipments_within_the_limit() {
        as(Roles.ERP).body("""
                { "name": "Cash Buyer", "email": "ap@cash.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "CASH_ON_DELIVERY" }, "creditLimit": "5000.00", "currency": "CNY" }""")
                .put("/api/customers/C-SUSP").then().statusCode(201);
        LocalDate issued = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-SUSP-1", "C-SUSP", "DN-S1", issued, issued,
                    new BigDecimal("1000.00"), "CNY"));
            kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-SUSP-1", "C-SUSP", issued, issued.plusDays(1), 1,
                    new BigDecimal("1000.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Roles.SUPERVISOR).get("/api/customers/C-SUSP").then()
                .body("hold.reasons.code", contains("OVERDUE_CASH_ON_DELIVERY")));
        String order = "{ \"amount\": \"500.00\", \"currency\": \"CNY\" }";
        as(Roles.ERP).body(order).post("/api/customers/C-SUSP/shipment-clearance").then().statusCode(200)
                .body("cleared", equalTo(false)).body("reasons.code", contains("OVERDUE_CASH_ON_DELIVERY"));

        as(Roles.CREDIT_MANAGER).body("{ \"reason\": \"Paying by bill next week, agreed with the owner\", \"releasedBy\": "
                + "\"Wang Fang\", \"until\": \"" + Instant.now().plus(Duration.ofDays(7)) + "\" }")
                .post("/api/customers/C-SUSP/holds/release").then().statusCode(200).body("onHold", equalTo(false));
        as(Roles.ERP).body(order).post("/api/customers/C-SUSP/shipment-clearance").then().statusCode(200)
                .body("cleared", equalTo(true));
        // the suspension bounds no amount: 1,000.00 open + 4,500.00 is over the 5,000.00 limit
        as(Roles.ERP).body("{ \"amount\": \"4500.00\", \"currency\": \"CNY\" }").post("/api/customers/C-SUSP/shipment-clearance")
                .then().statusCode(200).body("cleared", equalTo(false)).body("reasons.code", contains("CREDIT_LIMIT_EXCEEDED"));
    }
}
