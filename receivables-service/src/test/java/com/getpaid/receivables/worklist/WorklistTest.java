package com.getpaid.receivables.worklist;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import com.getpaid.receivables.TestApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The collectors' worklist: who is on whose list, in which order, what to do, and what they recorded. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class WorklistTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    BusinessCalendar calendar;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    static void invoice(String id, String customer, LocalDate due, String amount) {
        post("/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, due.minusDays(30), due, amount)).statusCode(201);
    }

    @Test
    void eachCollectorSeesTheirCustomersMostUrgentFirstAndRecordsWhatHappened() {
        LocalDate today = calendar.today();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-WL1", "Settles Tomorrow Ltd", "ap@wl1.example", "en",
                    PaymentTerms.netDays(30), new BigDecimal("50000.00"), "CNY", new CollectionProfile("chen.jing",
                            today.plusDays(1).getDayOfMonth(), null, List.of(), 0, null)));
            kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-WL2", "Small Late Ltd", "ap@wl2.example", "en",
                    PaymentTerms.netDays(30), new BigDecimal("50000.00"), "CNY", new CollectionProfile("wang.wu", null, null,
                            List.of(), 0, null)));
        }
        invoice("WL-1", "C-WL1", today.minusDays(50), "10000.00");
        invoice("WL-2", "C-WL2", today.minusDays(5), "500.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/worklist?collector=chen.jing").then()
                .statusCode(200).body("customerName", contains("Settles Tomorrow Ltd")));
        // settlement day tomorrow: visit; 10 x log10(10,001) + 50 / 3 + 20 = 76.7
        given().get("/api/worklist?collector=chen.jing").then().body("[0].action", equalTo("VISIT"))
                .body("[0].score", equalTo("76.7")).body("[0].overdueAmount", equalTo("10000.00"))
                .body("[0].oldestDaysOverdue", equalTo(50)).body("[0].invoiceIds", contains("WL-1"))
                .body("[0].nextSettlementOn", equalTo(today.plusDays(1).toString()))
                .body("[0].itemId", equalTo("C-WL1.CNY." + today));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/worklist?collector=wang.wu").then()
                .body("customerId", contains("C-WL2")).body("[0].action", equalTo("LETTER")));
        // graded C by customer-service: 15 more, and the reason says so
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.CUSTOMERS, new CreditAssessed("C-WL2", "CA-WL2", new BigDecimal("1.5"), new BigDecimal("0.9"),
                    new BigDecimal("8"), new BigDecimal("0.1"), new CreditAssessed.PaymentRecord(1, 1, new BigDecimal("5.0"), 0,
                            new BigDecimal("0.46")), new BigDecimal("0.18"), "C", new BigDecimal("100.00"), "CNY", "weak",
                    "Wang Fang", today, today.plusMonths(1), java.time.Instant.now()));
        }
        // 10 x log10(501) + 5 / 3 + 15 = 43.7 (28.7 without the grade)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/worklist?collector=wang.wu").then()
                .body("[0].creditGrade", equalTo("C")).body("[0].reason", org.hamcrest.Matchers.endsWith("credit grade C"))
                .body("[0].score", equalTo("43.7")));
        List<String> everyone = given().get("/api/worklist").then().extract().path("customerId");
        assertEquals(true, everyone.indexOf("C-WL1") < everyone.indexOf("C-WL2"), "the bigger, older, settling one first");

        String item = "C-WL1.CNY." + today;
        String outcome = "{ \"outcome\": \"PROMISED\", \"note\": \"Mr Zhang pays after the board signs\" }";
        String first = post("/api/worklist/" + item + "/outcome", outcome).statusCode(201).extract().asString();
        assertEquals(first, post("/api/worklist/" + item + "/outcome", outcome).statusCode(201).extract().asString());
        given().get("/api/worklist?collector=chen.jing").then().body("[0].lastOutcome", equalTo("PROMISED"));
        post("/api/worklist/" + item + "/outcome", outcome.replace("PROMISED", "MAYBE")).statusCode(400)
                .body("field", equalTo("outcome"));
        post("/api/worklist/not-an-item/outcome", outcome).statusCode(400).body("field", equalTo("itemId"));
        post("/api/worklist/C-NOBODY.CNY." + today + "/outcome", outcome).statusCode(404);

        // a promise covering the small one takes it off the list until the promise is judged
        post("/api/promises", """
                { "promiseId": "WL-PTP", "customerId": "C-WL2", "invoiceIds": ["WL-2"], "amount": "500.00", "currency": "CNY",
                  "promisedFor": "%s", "recordedBy": "Wang Wu" }""".formatted(today.plusDays(3))).statusCode(201);
        given().get("/api/worklist").then().body("customerId", not(hasItem("C-WL2")));
        given().get("/api/worklist?date=2026-02-30").then().statusCode(400).body("field", equalTo("date"));
    }
}
