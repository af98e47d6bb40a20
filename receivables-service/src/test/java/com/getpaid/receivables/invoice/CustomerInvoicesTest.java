package com.getpaid.receivables.invoice;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.receivables.TestApi;
import com.getpaid.receivables.dunning.OverdueScan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's invoices in one call, as a collector reads them: the oldest due first, each as the single invoice answers it. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CustomerInvoicesTest {

    @Inject
    BusinessCalendar calendar;

    @Inject
    OverdueScan scan;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    static void invoice(String id, String customer, LocalDate issueDate, LocalDate dueDate, String amount) {
        post("/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", %s "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, issueDate, dueDate == null ? "" : "\"dueDate\": \"" + dueDate + "\",", amount))
                .statusCode(201);
    }

    @Test
    void aCustomersOpenInvoicesComeOldestDueFirstWithTheirDunning() {
        LocalDate today = calendar.today();
        // ids in another order than the due dates, so the order seen is the due dates'
        invoice("CIL-05", "C-CIL", today.minusDays(100), today.minusDays(70), "50.00");
        invoice("CIL-04", "C-CIL", today.minusDays(70), today.minusDays(40), "400.00");
        invoice("CIL-03", "C-CIL", today.minusDays(40), today.minusDays(10), "100.00");
        invoice("CIL-06", "C-CIL", today.minusDays(10), today.plusDays(20), "200.00");
        invoice("CIL-02", "C-CIL", today.minusDays(10), today.plusDays(20), "300.00");
        invoice("CIL-01", "C-CIL", today, null, "10.00"); // no terms known for C-CIL: waits for its due date
        invoice("CIL-OTHER-1", "C-CIL-OTHER", today.minusDays(80), today.minusDays(50), "999.00");
        post("/api/payments", """
                { "paymentId": "CIL-PAY", "customerId": "C-CIL", "amount": "80.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "CIL-05", "amount": "50.00" }, { "invoiceId": "CIL-03", "amount": "30.00" } ] }"""
                .formatted(today)).statusCode(201);
        scan.scan(today);
        post("/api/promises", """
                { "promiseId": "CIL-PTP", "customerId": "C-CIL", "invoiceIds": ["CIL-03"], "amount": "70.00", "currency": "CNY",
                  "promisedFor": "%s", "recordedBy": "Li Na" }""".formatted(today.plusDays(3))).statusCode(201);

        given().get("/api/invoices?customerId=C-CIL&open=true").then().statusCode(200)
                .body("invoiceId", contains("CIL-04", "CIL-03", "CIL-02", "CIL-06", "CIL-01"))
                .body("status", contains("OVERDUE", "OVERDUE", "OPEN", "OPEN", "AWAITING_TERMS"))
                .body("openAmount", contains("400.00", "70.00", "300.00", "200.00", "10.00"))
                .body("daysOverdue", contains(40, 10, 0, 0, 0))
                .body("collectionClass", contains("IN_COLLECTION", "IN_COLLECTION", "NOT_DUE", "NOT_DUE", "NOT_DUE"))
                .body("dunningLevel", contains(3, 1, 0, 0, 0))
                .body("dunningStage", contains("FINAL_NOTICE", "FRIENDLY_REMINDER", null, null, null))
                // the next step, or the reminder seven days before the due date; after the promise's pause on CIL-03
                .body("nextDunningOn", contains(today.plusDays(20).toString(), today.plusDays(6).toString(),
                        today.plusDays(13).toString(), today.plusDays(13).toString(), null))
                .body("dunningPausedUntil", contains(null, today.plusDays(5).toString(), null, null, null))
                .body("[1].payments.paymentId", contains("CIL-PAY")).body("[1].payments.amount", contains("30.00"))
                .body("[0].payments", empty());

        // each row is the invoice exactly as GET /api/invoices/{invoiceId} answers it
        List<Map<String, Object>> all = given().get("/api/invoices?customerId=C-CIL").then().statusCode(200)
                .body("invoiceId", contains("CIL-05", "CIL-04", "CIL-03", "CIL-02", "CIL-06", "CIL-01"))
                .extract().jsonPath().getList("$");
        for (Map<String, Object> row : all) {
            assertEquals(given().get("/api/invoices/" + row.get("invoiceId")).then().statusCode(200).extract().jsonPath()
                    .getMap("$"), row);
        }

        given().get("/api/invoices?customerId=C-CIL&open=false").then().statusCode(200)
                .body("invoiceId", contains("CIL-05")).body("[0].status", equalTo("PAID"))
                .body("[0].openAmount", equalTo("0.00")).body("[0]", not(hasKey("collectionClass")))
                .body("[0].nextDunningOn", nullValue()).body("[0].payments.amount", contains("50.00"));
        given().get("/api/invoices?customerId=C-CIL-OTHER").then().statusCode(200).body("invoiceId", contains("CIL-OTHER-1"));
        given().get("/api/invoices?customerId=C-CIL-NOBODY").then().statusCode(200).body("$", empty());
    }

    @Test
    void pagesFollowTheSameOrder() {
        LocalDate today = calendar.today();
        for (int n = 1; n <= 5; n++) {
            invoice("CIL-PG-" + n, "C-CIL-PG", today.minusDays(60), today.minusDays(10 * n), "1" + n + ".00");
        }
        given().get("/api/invoices?customerId=C-CIL-PG&open=true&size=2").then().statusCode(200)
                .body("invoiceId", contains("CIL-PG-5", "CIL-PG-4"));
        given().get("/api/invoices?customerId=C-CIL-PG&open=true&size=2&page=1").then()
                .body("invoiceId", contains("CIL-PG-3", "CIL-PG-2"));
        given().get("/api/invoices?customerId=C-CIL-PG&open=true&size=2&page=2").then().body("invoiceId", contains("CIL-PG-1"));
        given().get("/api/invoices?customerId=C-CIL-PG&open=true&size=2&page=3").then().statusCode(200).body("$", empty());
    }

    @Test
    void aBadQueryIsRefusedNamingTheField() {
        for (var bad : Map.of("open=true", "customerId", "customerId=bad%20id", "customerId", "customerId=C-CIL&size=0", "size",
                "customerId=C-CIL&size=101", "size", "customerId=C-CIL&page=-1", "page", "customerId=C-CIL&open=yes", "open")
                .entrySet()) {
            given().get("/api/invoices?" + bad.getKey()).then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo(bad.getValue()));
        }
    }
}
