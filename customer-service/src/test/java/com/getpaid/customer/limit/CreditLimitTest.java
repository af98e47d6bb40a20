package com.getpaid.customer.limit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The ERP proposes, one credit manager sets, a raise above the threshold takes a second one: with their own tokens. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CreditLimitTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(PlatformTestResource.token(user, List.of(role))).contentType(ContentType.JSON);
    }

    static String card(String limit) {
        return """
                { "name": "Limit Ltd", "email": "ap@limit.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "%s", "currency": "CNY" }"""
                .formatted(limit);
    }

    static String limit(String amount) {
        return "{ \"creditLimit\": \"" + amount + "\", \"currency\": \"CNY\", \"reason\": \"two good years\" }";
    }

    @Test
    void theErpProposesAndARaiseAboveTheThresholdReleasesTheHoldOnlyWhenASecondCreditManagerApproves() {
        as("erp-system", Roles.ERP).body(card("5000.00")).put("/api/customers/C-4EYES").then().statusCode(201)
                .body("creditLimit", equalTo("5000.00"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-4EYES-1", "C-4EYES", "DN-4EYES-1", today, today.plusDays(30),
                    new BigDecimal("6000.00"), "CNY"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("wang.fang", Roles.CREDIT_MANAGER)
                .get("/api/customers/C-4EYES").then().body("hold.reasons.code", contains("CREDIT_LIMIT_EXCEEDED")));

        // the ERP's raise is its proposal: shown, not in force, the hold stands
        as("erp-system", Roles.ERP).body(card("300000.00")).put("/api/customers/C-4EYES").then().statusCode(200)
                .body("creditLimit", equalTo("5000.00")).body("proposedLimits[0].creditLimit", equalTo("300000.00"))
                .body("proposedLimits[0].proposedBy", equalTo("erp-system")).body("hold.active", equalTo(true));
        // the limit is the credit manager's
        as("erp-system", Roles.ERP).body(limit("300000.00")).put("/api/customers/C-4EYES/credit-limit").then().statusCode(403);
        as("li.na", Roles.COLLECTOR).body(limit("300000.00")).put("/api/customers/C-4EYES/credit-limit").then()
                .statusCode(403);

        // above the threshold (200000.00 CNY) one credit manager only requests it
        as("wang.fang", Roles.CREDIT_MANAGER).body(limit("300000.00")).put("/api/customers/C-4EYES/credit-limit").then()
                .statusCode(202).body("creditLimit", equalTo("5000.00"))
                .body("pendingRaises[0].to", equalTo("300000.00")).body("pendingRaises[0].requestedBy", equalTo("wang.fang"))
                .body("hold.active", equalTo(true));
        as("wang.fang", Roles.CREDIT_MANAGER).body("{ \"currency\": \"CNY\" }").post("/api/customers/C-4EYES/credit-limit/approval")
                .then().statusCode(422).body("field", equalTo("approvedBy"));
        as("chen.jie", Roles.CREDIT_MANAGER).body("{ \"currency\": \"CNY\" }").post("/api/customers/C-4EYES/credit-limit/approval")
                .then().statusCode(200).body("creditLimit", equalTo("300000.00")).body("pendingRaises", empty())
                .body("proposedLimits", empty()).body("hold.active", equalTo(false));
        as("chen.jie", Roles.CREDIT_MANAGER).body("{ \"currency\": \"CNY\" }").post("/api/customers/C-4EYES/credit-limit/approval")
                .then().statusCode(409);
        as("chen.jie", Roles.CREDIT_MANAGER).get("/api/customers/C-4EYES/history").then()
                .body("find { it.event == 'CreditLimitSet' }.recorded.requestedBy", equalTo("wang.fang"))
                .body("find { it.event == 'CreditLimitSet' }.recorded.approvedBy", equalTo("chen.jie"))
                .body("event", hasItem("CreditLimitRaiseRequested"));

        // a lowering acts at once, by one credit manager
        as("wang.fang", Roles.CREDIT_MANAGER).body(limit("1000.00")).put("/api/customers/C-4EYES/credit-limit").then()
                .statusCode(200).body("creditLimit", equalTo("1000.00")).body("hold.reasons.code",
                        contains("CREDIT_LIMIT_EXCEEDED"));
        as("wang.fang", Roles.CREDIT_MANAGER).body(limit("100.001")).put("/api/customers/C-4EYES/credit-limit").then()
                .statusCode(400).body("field", equalTo("creditLimit"));
    }
}
