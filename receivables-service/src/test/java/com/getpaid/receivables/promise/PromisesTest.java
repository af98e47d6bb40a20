package com.getpaid.receivables.promise;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.receivables.TestApi;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.receivables.dunning.OverdueScan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
        post("/api/promises", promise("PTP-T2", "C-PR", "PR-1", "10.00", today.minusDays(1))).statusCode(422)
                .body("field", equalTo("promisedFor"));
        post("/api/promises", promise("PTP-T3", "C-PR", "PR-NONE", "10.00", today)).statusCode(422)
                .body("field", equalTo("invoiceIds[0]"));
        post("/api/promises", promise("PTP-T4", "C-PR", "PR-1", "500.01", today)).statusCode(422).body("field", equalTo("amount"));
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
}
