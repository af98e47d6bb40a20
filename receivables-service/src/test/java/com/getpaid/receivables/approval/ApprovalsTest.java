package com.getpaid.receivables.approval;

import static com.getpaid.receivables.TestApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Four eyes through the API, with a token per person: one asks, another approves; the asker never approves. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ApprovalsTest {

    static final String ERP = "erp-system";
    static final String WANG = "wang.fang";
    static final String ZHOU = "zhou.min";

    @Inject
    BusinessCalendar calendar;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String note(String id, String customer, String invoiceId, String amount) {
        return """
                { "creditNoteId": "%s", "customerId": "%s", %s "amount": "%s", "currency": "CNY", "issueDate": "2026-11-20",
                  "reason": "Goodwill" }""".formatted(id, customer, invoiceId == null ? "" : "\"invoiceId\": \"" + invoiceId
                + "\",", amount);
    }

    static void invoice(String id, String customer, String amount) {
        as(ERP, Roles.ERP).body("""
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "2026-05-01", "dueDate": "2026-06-01", "amount": "%s",
                  "currency": "CNY" }""".formatted(id, customer, amount)).post("/api/invoices").then().statusCode(201);
    }

    @Test
    void aCreditNoteOfOneHundredThousandWithoutAnInvoiceWaitsForASecondPersonThenIsIssuedOnce() {
        String body = note("CN-4E-1", "C-4E", null, "100000.00");
        String first = as(ERP, Roles.ERP).body(body).post("/api/credit-notes").then().statusCode(202)
                .body("approvalId", equalTo("credit-note-CN-4E-1")).body("status", equalTo("PENDING_APPROVAL"))
                .body("requestedBy", equalTo(ERP)).body("kind", equalTo("CREDIT_NOTE")).extract().asString();
        // the ERP sends it again: the same answer, nothing more asked for
        assertEquals(first, as(ERP, Roles.ERP).body(body).post("/api/credit-notes").then().statusCode(202).extract().asString());
        as(ERP, Roles.ERP).body(body.replace("100000.00", "90000.00")).post("/api/credit-notes").then().statusCode(409)
                .body("field", equalTo("creditNoteId"));
        as(ERP, Roles.ERP).get("/api/accounts/C-4E").then().body("balances.credit", not(hasItem("100000.00")));
        as(WANG, Roles.CREDIT_MANAGER).get("/api/approvals?status=PENDING&size=200").then().statusCode(200)
                .body("approvalId", hasItem("credit-note-CN-4E-1"));

        // who may not approve: another role (403), the requester itself (422 naming the rule)
        as("li.na", Roles.COLLECTOR).post("/api/approvals/credit-note-CN-4E-1/approve").then().statusCode(403);
        as(ERP, Roles.ERP).post("/api/approvals/credit-note-CN-4E-1/approve").then().statusCode(403);
        as(WANG, Roles.CREDIT_MANAGER).body(note("CN-4E-2", "C-4E", null, "20000.00")).post("/api/credit-notes").then()
                .statusCode(202);
        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/credit-note-CN-4E-2/approve").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("approvedBy"))
                .body("detail", containsString("Four eyes"));

        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/credit-note-CN-4E-1/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("requestedBy", equalTo(ERP)).body("decidedBy", equalTo(WANG));
        as(ZHOU, Roles.CREDIT_MANAGER).post("/api/approvals/credit-note-CN-4E-1/approve").then().statusCode(409);
        as(ERP, Roles.ERP).get("/api/accounts/C-4E").then().body("balances[0].credit", equalTo("100000.00"));
        as(WANG, Roles.CREDIT_MANAGER).get("/api/approvals?status=PENDING&size=200").then()
                .body("approvalId", not(hasItem("credit-note-CN-4E-1")));
        as(WANG, Roles.CREDIT_MANAGER).get("/api/approvals/credit-note-CN-4E-1").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals(1, kafka.events(Topics.RECEIVABLES, CreditNoteIssued.class).stream()
                        .filter(e -> e.creditNoteId().equals("CN-4E-1")).count(), "issued once");
                assertEquals(WANG, kafka.events(Topics.RECEIVABLES, ApprovalGiven.class).stream()
                        .filter(e -> e.approvalId().equals("credit-note-CN-4E-1")).findFirst().orElseThrow().approvedBy());
            });
        }

        // rejected: with a reason (required), and nothing is issued
        as(ZHOU, Roles.CREDIT_MANAGER).body("{ \"reason\": \" \" }").post("/api/approvals/credit-note-CN-4E-2/reject").then()
                .statusCode(400).body("field", equalTo("reason"));
        as(ZHOU, Roles.CREDIT_MANAGER).body("{ \"reason\": \"No complaint supports it\" }")
                .post("/api/approvals/credit-note-CN-4E-2/reject").then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decidedBy", equalTo(ZHOU)).body("rejection", equalTo("No complaint supports it"));
        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/credit-note-CN-4E-2/approve").then().statusCode(409);
        as(ERP, Roles.ERP).get("/api/accounts/C-4E").then().body("balances[0].credit", equalTo("100000.00"));
        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/credit-note-CN-NONE/approve").then().statusCode(404);
        as(WANG, Roles.CREDIT_MANAGER).get("/api/approvals?status=LOST").then().statusCode(400).body("field", equalTo("status"));
    }

    @Test
    void belowTheThresholdOnePersonSufficesAndAboveItRefundsAndWriteOffsWaitToo() {
        invoice("INV-4E-1", "C-4E2", "30000.00");
        as(ERP, Roles.ERP).body(note("CN-4E-3", "C-4E2", "INV-4E-1", "10000.00")).post("/api/credit-notes").then()
                .statusCode(201).body("applied", equalTo("10000.00"));
        // a refund above the threshold, of a credit balance there is
        as(ERP, Roles.ERP).body("""
                { "paymentId": "PAY-4E", "customerId": "C-4E2", "amount": "40000.00", "currency": "CNY", "receivedOn": "2026-11-20" }""")
                .post("/api/payments").then().statusCode(201).body("unallocated", equalTo("20000.00"));
        String refund = """
                { "refundId": "RF-4E-1", "customerId": "C-4E2", "amount": "15000.00", "currency": "CNY", "paidOn": "2026-11-25",
                  "method": "BANK_TRANSFER" }""";
        as(ERP, Roles.ERP).body(refund).post("/api/refunds").then().statusCode(202).body("approvalId", equalTo("refund-RF-4E-1"));
        as(ERP, Roles.ERP).get("/api/accounts/C-4E2").then().body("balances[0].credit", equalTo("20000.00"));
        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/refund-RF-4E-1/approve").then().statusCode(200);
        as(ERP, Roles.ERP).get("/api/accounts/C-4E2").then().body("balances[0].credit", equalTo("5000.00"));

        // a write-off of more than the threshold is asked for by one credit manager and approved by another
        invoice("INV-4E-2", "C-4E3", "12000.00");
        as(ZHOU, Roles.CREDIT_MANAGER).body("""
                { "writeOffId": "WO-4E-1", "invoiceId": "INV-4E-2", "reason": "Customer insolvent", "approvedBy": "Wang Fang" }""")
                .post("/api/write-offs").then().statusCode(202).body("requestedBy", equalTo(ZHOU))
                .body("amount", equalTo("12000.00"));
        as(ZHOU, Roles.CREDIT_MANAGER).post("/api/approvals/write-off-WO-4E-1/approve").then().statusCode(422);
        as(WANG, Roles.CREDIT_MANAGER).post("/api/approvals/write-off-WO-4E-1/approve").then().statusCode(200);
        as(ERP, Roles.ERP).get("/api/invoices/INV-4E-2").then().body("status", equalTo("WRITTEN_OFF"))
                .body("writeOff.approvedBy", equalTo(WANG));
        // below it, the one credit manager's word: the approver is the token's user, not the name in the body
        invoice("INV-4E-3", "C-4E4", "800.00");
        as(ZHOU, Roles.CREDIT_MANAGER).body("""
                { "writeOffId": "WO-4E-2", "invoiceId": "INV-4E-3", "reason": "Customer insolvent", "approvedBy": "Wang Fang" }""")
                .post("/api/write-offs").then().statusCode(201).body("approvedBy", equalTo(ZHOU));
    }
}
