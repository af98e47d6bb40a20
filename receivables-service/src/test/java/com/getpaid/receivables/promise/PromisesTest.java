package com.getpaid.receivables.promise;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.security.Roles;
import com.getpaid.receivables.TestApi;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import com.getpaid.receivables.dunning.OverdueScan;
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

/** Promises to pay and the dunning ladder through the API, the read models and the overdue scan. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PromisesTest {

    @Inject
    BusinessCalendar calendar;

    @Inject
    OverdueScan scan;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    static void invoice(String id, String customer, String dueDate, String amount) {
        post("/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "2026-05-01", "dueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, dueDate, amount)).statusCode(201);
    }

    static String promise(String id, String customer, String invoice, String amount, LocalDate promisedFor) {
        return """
                { "promiseId": "%s", "customerId": "%s", "invoiceIds": ["%s"], "amount": "%s", "currency": "CNY",
                  "promisedFor": "%s", "recordedBy": "Li Na" }""".formatted(id, customer, invoice, amount, promisedFor);
    }

    @Test
    void aPromisePausesTheLadderAndAPaymentInFullKeepsIt() {
        LocalDate today = calendar.today();
        invoice("PR-1", "C-PR", "2026-06-01", "500.00");
        scan.scan(LocalDate.of(2026, 6, 2));
        given().get("/api/invoices/PR-1").then().statusCode(200).body("dunningLevel", equalTo(1))
                .body("dunningStage", equalTo("FRIENDLY_REMINDER")).body("nextDunningOn", equalTo("2026-06-16"));

        String body = promise("PTP-T1", "C-PR", "PR-1", "500.00", today.plusDays(10));
        String first = post("/api/promises", body).statusCode(201).body("promisedFor", equalTo(today.plusDays(10).toString()))
                .extract().asString();
        assertEquals(first, post("/api/promises", body).statusCode(201).extract().asString(), "the same promise twice: once");
        post("/api/promises", body.replace("500.00", "400.00")).statusCode(409).body("field", equalTo("promiseId"));
        post("/api/promises", promise("PTP-T2", "C-PR", "PR-1", "500.00", today.minusDays(1))).statusCode(422)
                .body("field", equalTo("promisedFor"));
        post("/api/promises", promise("PTP-T3", "C-PR", "PR-NONE", "10.00", today)).statusCode(422)
                .body("field", equalTo("invoiceIds[0]"));
        post("/api/promises", promise("PTP-T4", "C-PR", "PR-1", "500.01", today)).statusCode(422).body("field", equalTo("amount"));
        // bounded: 0.01 for ever would pause the invoice's dunning for ever (a promise pauses only what its amount reaches)
        post("/api/promises", promise("PTP-T6", "C-PR", "PR-1", "0.01", LocalDate.of(9999, 12, 31))).statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("promisedFor"));
        post("/api/promises", promise("PTP-T8", "C-PR", "PR-1", "500.00", LocalDate.of(9999, 12, 31))).statusCode(422)
                .body("field", equalTo("promisedFor"));
        post("/api/promises", promise("PTP-T9", "C-PR", "PR-1", "500.00", today.plusDays(91))).statusCode(422)
                .body("field", equalTo("promisedFor"));
        post("/api/promises", body.replace("\"invoiceIds\": [\"PR-1\"]", "\"invoiceIds\": []").replace("T1", "T5"))
                .statusCode(400).body("field", equalTo("invoiceIds"));

        given().get("/api/invoices/PR-1").then().body("dunningPausedUntil", equalTo(today.plusDays(12).toString()))
                .body("nextDunningOn", equalTo(today.plusDays(13).toString()));
        scan.scan(today);
        given().get("/api/invoices/PR-1").then().body("dunningLevel", equalTo(1)); // paused: no step, though months late
        given().get("/api/promises?customerId=C-PR").then().statusCode(200).body("promiseId", contains("PTP-T1"))
                .body("[0].status", equalTo("OPEN")).body("[0].pausesUntil", equalTo(today.plusDays(12).toString()));

        post("/api/payments", """
                { "paymentId": "PR-PAY", "customerId": "C-PR", "amount": "500.00", "currency": "CNY", "receivedOn": "%s" }"""
                .formatted(today)).statusCode(201);
        given().get("/api/promises?customerId=C-PR").then().body("[0].status", equalTo("KEPT"))
                .body("[0].paid", equalTo("500.00")).body("[0].judgedOn", equalTo(today.toString()));
        given().get("/api/invoices/PR-1").then().body("nextDunningOn", nullValue()).body("dunningPausedUntil", nullValue());
    }

    @Test
    void aBrokenPromiseResumesTheLadderAtTheStepTheInvoicesAgeCallsFor() {
        LocalDate today = calendar.today();
        invoice("PR-2", "C-PR2", "2026-06-01", "300.00");
        post("/api/promises", promise("PTP-B1", "C-PR2", "PR-2", "300.00", today)).statusCode(201);
        scan.scan(today.plusDays(2));
        given().get("/api/invoices/PR-2").then().body("dunningLevel", equalTo(0));
        scan.scan(today.plusDays(3));
        given().get("/api/promises?customerId=C-PR2").then().body("[0].status", equalTo("BROKEN"))
                .body("[0].paid", equalTo("0.00"));
        given().get("/api/invoices/PR-2").then().body("dunningLevel", equalTo(4)).body("dunningStage", equalTo("ESCALATION"))
                .body("nextDunningOn", nullValue());
        given().get("/api/promises?customerId=bad id").then().statusCode(400).body("field", equalTo("customerId"));
    }

    @Test
    void promisesAcrossCustomersComeSoonestFirstByStatusDayAndCollectorPageByPage() {
        LocalDate today = calendar.today();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-PL1", "Hangzhou Fasteners Ltd", "ap@pl1.example", "en",
                    PaymentTerms.netDays(30), new BigDecimal("50000.00"), "CNY", null));
        }
        for (String[] i : new String[][] { { "PL-1", "C-PL1" }, { "PL-4", "C-PL1" }, { "PL-2", "C-PL2" }, { "PL-3", "C-PL3" } }) {
            post("/api/invoices", """
                    { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": "100.00",
                      "currency": "CNY" }""".formatted(i[0], i[1], today, today.plusDays(30))).statusCode(201);
        }
        String zhou = "zhou.min"; // the token's user: a name in the body is not who recorded it
        TestApi.as(zhou, Roles.SUPERVISOR).body(promise("PTP-L1", "C-PL1", "PL-1", "100.00", today.plusDays(9)))
                .post("/api/promises").then().statusCode(201).body("recordedBy", equalTo(zhou));
        post("/api/promises", promise("PTP-L4", "C-PL1", "PL-4", "100.00", today.plusDays(1))).statusCode(201);
        TestApi.as(zhou, Roles.SUPERVISOR).body(promise("PTP-L2", "C-PL2", "PL-2", "100.00", today.plusDays(3))
                .replace("Li Na", "Someone Else")).post("/api/promises").then().statusCode(201);
        TestApi.as(zhou, Roles.SUPERVISOR).body(promise("PTP-L3", "C-PL3", "PL-3", "100.00", today.plusDays(6)))
                .post("/api/promises").then().statusCode(201);
        post("/api/payments", """
                { "paymentId": "PL-PAY", "customerId": "C-PL3", "amount": "100.00", "currency": "CNY", "receivedOn": "%s" }"""
                .formatted(today)).statusCode(201);

        // one customer's, latest promised day first, with its name once customer-service has told it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/promises?customerId=C-PL1").then()
                .statusCode(200).body("promiseId", contains("PTP-L1", "PTP-L4"))
                .body("customerName", contains("Hangzhou Fasteners Ltd", "Hangzhou Fasteners Ltd")));
        given().get("/api/promises?customerId=C-PL1&status=OPEN&dueBy=" + today.plusDays(1)).then()
                .body("promiseId", contains("PTP-L4"));
        // a collector's promises across customers: soonest first; by status, by day, page by page
        given().queryParam("recordedBy", zhou).get("/api/promises").then().statusCode(200)
                .body("promiseId", contains("PTP-L2", "PTP-L3", "PTP-L1"))
                .body("customerId", contains("C-PL2", "C-PL3", "C-PL1"))
                .body("status", contains("OPEN", "KEPT", "OPEN"));
        given().queryParam("recordedBy", zhou).get("/api/promises?status=OPEN").then().body("promiseId", contains("PTP-L2",
                "PTP-L1"));
        given().queryParam("recordedBy", zhou).get("/api/promises?status=KEPT").then().body("promiseId", contains("PTP-L3"))
                .body("[0].paid", equalTo("100.00"));
        given().queryParam("recordedBy", zhou).get("/api/promises?dueBy=" + today.plusDays(6)).then()
                .body("promiseId", contains("PTP-L2", "PTP-L3"));
        given().queryParam("recordedBy", zhou).get("/api/promises?size=2").then().body("promiseId", contains("PTP-L2", "PTP-L3"));
        given().queryParam("recordedBy", zhou).get("/api/promises?size=2&page=1").then().body("promiseId", contains("PTP-L1"));
        // everyone's open promises due within ten days, soonest first
        List<String> days = given().get("/api/promises?status=OPEN&size=100&dueBy=" + today.plusDays(10)).then().statusCode(200)
                .body("promiseId", hasItems("PTP-L4", "PTP-L2", "PTP-L1")).extract().jsonPath().getList("promisedFor");
        assertEquals(days.stream().sorted().toList(), days, "soonest promised day first");

        given().get("/api/promises?status=LOST").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("status"));
        given().get("/api/promises?dueBy=next-week").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("dueBy"));
        given().get("/api/promises?size=101").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("size"));
        given().get("/api/promises?size=0").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/promises?page=-1").then().statusCode(400).body("field", equalTo("page"));
    }
}
