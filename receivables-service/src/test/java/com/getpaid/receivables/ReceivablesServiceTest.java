package com.getpaid.receivables;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.store.AdvisoryLocks;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import com.getpaid.receivables.dunning.OverdueScan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ReceivablesServiceTest {

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OverdueScan scan;

    @Inject
    BusinessCalendar calendar;

    @Inject
    javax.sql.DataSource db;

    TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static String invoice(String id, String customer, String issueDate, String dueDate, String amount) {
        return """
                { "invoiceId": "%s", "customerId": "%s", "deliveryRef": "DN-%s", "issueDate": "%s", %s
                  "amount": "%s", "currency": "CNY" }""".formatted(id, customer, id, issueDate,
                dueDate == null ? "" : "\"dueDate\": \"" + dueDate + "\",", amount);
    }

    @Test
    void issuingIsIdempotentOnTheInvoiceNumber() {
        String body = invoice("INV-2026-00042", "C-1001", "2026-11-02", "2099-12-02", "1200.50");
        String first = post("/api/invoices", body).statusCode(201)
                .body("status", equalTo("OPEN")).body("openAmount", equalTo("1200.50"))
                .body("collectionClass", equalTo("NOT_DUE")).extract().asString();
        String again = post("/api/invoices", body).statusCode(201).extract().asString();
        assertEquals(first, again);
        post("/api/invoices", body.replace("1200.50", "1300.00")).statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("invoiceId"));
        given().get("/api/invoices/INV-2026-00042").then().statusCode(200)
                .body("amount", equalTo("1200.50")).body("dueDate", equalTo("2099-12-02"));
        given().get("/api/invoices/NOPE").then().statusCode(404).contentType("application/problem+json");
        // the audit trail: the event says who issued it, once
        try (var c = db.getConnection()) {
            assertEquals(List.of("test-user (admin,collector,credit-manager,erp,supervisor,support,viewer)"), com.getpaid.events.store.Sql.list(c,
                    "SELECT caused_by FROM event_store WHERE subject = 'INV-2026-00042'", rs -> rs.getString(1)));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badInvoicesAreRefusedAndChangeNothing() {
        post("/api/invoices", invoice("INV-BAD-1", "C-1001", "2026-11-02", "2026-12-02", "12.345")).statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("amount"))
                .body("detail", equalTo("amount '12.345' has more decimals than CNY allows (2)"));
        post("/api/invoices", invoice("INV-BAD-1", "C-1001", "2026-11-02", "2026-12-02", "-1.00")).statusCode(400)
                .body("field", equalTo("amount"));
        post("/api/invoices", invoice("INV-BAD-1", "C-1001", "2026-11-02", "2026-10-02", "1.00")).statusCode(400)
                .body("field", equalTo("dueDate"));
        post("/api/invoices", invoice("INV-BAD-1", "C-1001", "2026-11-02", null, "1.00").replace("CNY", "ABC"))
                .statusCode(400).body("field", equalTo("currency"));
        post("/api/invoices", "{ \"invoiceId\": [1] }").statusCode(400).body("field", equalTo("invoiceId"));
        post("/api/invoices", "not json").statusCode(400).contentType("application/problem+json");
        post("/api/invoices", invoice("INV-BAD-1", "C-1001", "2026-11-02", null, "1.00").replace("\"amount\"", "\"due_date\": \"2026-12-01\", \"amount\""))
                .statusCode(400).body("field", equalTo("due_date")).body("detail", equalTo("due_date is not a field of this request"));
        given().get("/api/invoices/INV-BAD-1").then().statusCode(404);
    }

    @Test
    void anOverdueInvoiceReachesTheStepItsAgeCallsForExactlyOnce() {
        post("/api/invoices", invoice("INV-OD-1", "C-OD", "2026-01-05", "2026-02-04", "4000.00")).statusCode(201)
                .body("status", equalTo("OVERDUE"));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertEquals(1,
                kafka.events(Topics.RECEIVABLES, PaymentOverdue.class).stream()
                        .filter(e -> e.invoiceId().equals("INV-OD-1")).count()));
        scan.scan(calendar.today()); // whatever other tests left due today
        assertEquals(0, scan.scan(calendar.today()), "a second scan raises nothing new");
        assertEquals(1, kafka.events(Topics.RECEIVABLES, PaymentOverdue.class).stream()
                .filter(e -> e.invoiceId().equals("INV-OD-1")).count());
        PaymentOverdue overdue = kafka.events(Topics.RECEIVABLES, PaymentOverdue.class).stream()
                .filter(e -> e.invoiceId().equals("INV-OD-1")).findFirst().orElseThrow();
        // months past due when it arrives: straight to the last step, not a friendly reminder first
        assertEquals(4, overdue.dunningLevel());
        assertEquals("ESCALATION", overdue.stage());
        assertEquals(new BigDecimal("4000.00"), overdue.openAmount());
        given().get("/api/invoices/INV-OD-1").then().body("dunningLevel", equalTo(4)).body("dunningStage", equalTo("ESCALATION"))
                .body("collectionClass", equalTo("BAD_DEBT")); // far over 120 days past due on the test clock
    }

    @Test
    void paymentsGoOldestDueFirstAndTheRestIsCredit() {
        post("/api/invoices", invoice("INV-P-1", "C-PAY", "2026-03-01", "2026-03-31", "300.00")).statusCode(201);
        post("/api/invoices", invoice("INV-P-2", "C-PAY", "2026-02-01", "2026-02-28", "200.00")).statusCode(201);
        String payment = """
                { "paymentId": "BANK-20261120-0007", "customerId": "C-PAY", "amount": "550.00", "currency": "CNY",
                  "receivedOn": "2026-11-20", "method": "BANK_TRANSFER" }""";
        post("/api/payments", payment).statusCode(201)
                .body("allocations.invoiceId", contains("INV-P-2", "INV-P-1"))
                .body("allocations.amount", contains("200.00", "300.00"))
                .body("unallocated", equalTo("50.00"));
        post("/api/payments", payment).statusCode(201).body("unallocated", equalTo("50.00"));
        post("/api/payments", payment.replace("550.00", "560.00")).statusCode(409).body("field", equalTo("paymentId"));
        given().get("/api/accounts/C-PAY").then().statusCode(200)
                .body("balances[0].currency", equalTo("CNY"))
                .body("balances[0].open", equalTo("0.00"))
                .body("balances[0].credit", equalTo("50.00"))
                .body("openInvoices", org.hamcrest.Matchers.hasSize(0));
        given().get("/api/accounts/C-NOBODY").then().statusCode(404);
        given().get("/api/invoices/INV-P-1").then().body("status", equalTo("PAID")).body("openAmount", equalTo("0.00"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("collectionClass")))
                .body("payments[0].paymentId", equalTo("BANK-20261120-0007"));
        post("/api/payments", payment.replace("BANK-20261120-0007", "BANK-X").replace("\"method\": \"BANK_TRANSFER\"",
                "\"allocations\": [ { \"invoiceId\": \"INV-P-1\", \"amount\": \"1.00\" } ]")).statusCode(422)
                .body("field", equalTo("allocations[0].amount"));
    }

    @Test
    void aCreditNoteReducesTheInvoiceAndTheRestIsCreditInAccountAndAging() {
        post("/api/invoices", invoice("INV-CN-1", "C-CN", "2026-10-01", "2026-10-31", "1000.00")).statusCode(201);
        post("/api/payments", """
                { "paymentId": "CN-PAY", "customerId": "C-CN", "amount": "600.00", "currency": "CNY", "receivedOn": "2026-11-05" }""")
                .statusCode(201);
        String note = """
                { "creditNoteId": "CN-2026-0001", "customerId": "C-CN", "invoiceId": "INV-CN-1", "amount": "500.00",
                  "currency": "CNY", "issueDate": "2026-11-20", "reason": "Cracked housings", "complaintId": "CMP-000001" }""";
        String first = post("/api/credit-notes", note).statusCode(201)
                .body("applied", equalTo("400.00")).body("toCredit", equalTo("100.00")).extract().asString();
        assertEquals(first, post("/api/credit-notes", note).statusCode(201).extract().asString(), "the same note again: same answer");
        post("/api/credit-notes", note.replace("500.00", "501.00")).statusCode(409).body("field", equalTo("creditNoteId"));
        post("/api/credit-notes", note.replace("CN-2026-0001", "CN-2026-0002").replace("\"CNY\"", "\"USD\"")).statusCode(422)
                .body("field", equalTo("currency"));
        post("/api/credit-notes", note.replace("CN-2026-0001", "CN-2026-0003").replace("500.00", "-5.00")).statusCode(400)
                .body("field", equalTo("amount"));
        post("/api/credit-notes", note.replace("CN-2026-0001", "CN-2026-0004").replace("\"Cracked housings\"", "\" \""))
                .statusCode(400).body("field", equalTo("reason"));

        given().get("/api/invoices/INV-CN-1").then().statusCode(200)
                .body("status", equalTo("PAID")).body("openAmount", equalTo("0.00"))
                .body("creditNotes[0].creditNoteId", equalTo("CN-2026-0001")).body("creditNotes[0].amount", equalTo("400.00"))
                .body("payments[0].amount", equalTo("600.00"));
        given().get("/api/accounts/C-CN").then().statusCode(200)
                .body("balances[0].open", equalTo("0.00")).body("balances[0].credit", equalTo("100.00"));
        // aging on a day before the note still shows what was open then: 1000.00 less the payment of 11-05
        given().get("/api/aging?asOf=2026-11-10&currency=CNY&size=100").then()
                .body("currencies[0].customers.find { it.customerId == 'C-CN' }.buckets.total", equalTo("400.00"));
        given().get("/api/aging?asOf=2026-11-26&currency=CNY&size=100").then()
                .body("currencies[0].customers.find { it.customerId == 'C-CN' }", org.hamcrest.Matchers.nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                kafka.events(Topics.RECEIVABLES, com.getpaid.events.receivables.CreditNoteIssued.class).stream()
                        .filter(e -> e.creditNoteId().equals("CN-2026-0001")).count()));
    }

    @Test
    void aWriteOffTakesTheInvoiceOutOfAgingAndALatePaymentReinstatesIt() {
        post("/api/invoices", invoice("INV-WO-1", "C-WO", "2026-01-01", "2026-01-31", "800.00")).statusCode(201);
        String writeOff = """
                { "writeOffId": "WO-2026-0001", "invoiceId": "INV-WO-1", "reason": "Customer insolvent",
                  "approvedBy": "Wang Fang" }""";
        String first = post("/api/write-offs", writeOff).statusCode(201).body("amount", equalTo("800.00")).extract().asString();
        assertEquals(first, post("/api/write-offs", writeOff).statusCode(201).extract().asString());
        post("/api/write-offs", writeOff.replace("WO-2026-0001", "WO-2026-0002")).statusCode(409).body("field", equalTo("invoiceId"));
        post("/api/write-offs", writeOff.replace("INV-WO-1", "INV-NOBODY").replace("0001", "0003")).statusCode(404);
        post("/api/write-offs", "{ \"writeOffId\": \"WO-X\", \"invoiceId\": \"INV-WO-1\" }").statusCode(400);
        String today = calendar.today().toString();
        given().get("/api/invoices/INV-WO-1").then().statusCode(200)
                .body("status", equalTo("WRITTEN_OFF")).body("collectionClass", equalTo("WRITTEN_OFF"))
                .body("openAmount", equalTo("0.00")).body("writeOff.amount", equalTo("800.00"))
                .body("writeOff.approvedBy", equalTo("test-user")); // the token's user, not the body's name
        // open in aging before the day it was written off, gone from it after
        given().get("/api/aging?asOf=2026-06-01&currency=CNY&size=100").then()
                .body("currencies[0].customers.find { it.customerId == 'C-WO' }.buckets.total", equalTo("800.00"));
        given().get("/api/aging?asOf=" + today + "&currency=CNY&size=100").then()
                .body("currencies[0].customers.find { it.customerId == 'C-WO' }", org.hamcrest.Matchers.nullValue());
        // paid after all, naming the invoice: reinstated, then paid; no longer written off
        post("/api/payments", """
                { "paymentId": "WO-PAY", "customerId": "C-WO", "amount": "300.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "INV-WO-1", "amount": "300.00" } ] }""".formatted(today)).statusCode(201);
        given().get("/api/invoices/INV-WO-1").then().statusCode(200)
                .body("status", equalTo("OVERDUE")).body("openAmount", equalTo("500.00"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("writeOff")));
        given().get("/api/aging?asOf=" + today + "&currency=CNY&size=100").then()
                .body("currencies[0].customers.find { it.customerId == 'C-WO' }.buckets.total", equalTo("500.00"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                kafka.events(Topics.RECEIVABLES, com.getpaid.events.receivables.InvoiceReinstated.class).stream()
                        .filter(e -> e.invoiceId().equals("INV-WO-1")).count()));
    }

    @Test
    void aRefundPaysBackCreditBalanceButNeverMore() {
        post("/api/payments", """
                { "paymentId": "RF-PAY", "customerId": "C-RF", "amount": "100.00", "currency": "CNY", "receivedOn": "2026-11-20" }""")
                .statusCode(201).body("unallocated", equalTo("100.00"));
        String refund = """
                { "refundId": "RF-1", "customerId": "C-RF", "amount": "60.00", "currency": "CNY", "paidOn": "2026-11-25",
                  "method": "BANK_TRANSFER" }""";
        post("/api/refunds", refund.replace("60.00", "150.00")).statusCode(422).body("field", equalTo("amount"));
        post("/api/refunds", refund.replace("CNY", "USD")).statusCode(422).body("field", equalTo("amount"));
        String first = post("/api/refunds", refund).statusCode(201).body("amount", equalTo("60.00")).extract().asString();
        assertEquals(first, post("/api/refunds", refund).statusCode(201).extract().asString());
        post("/api/refunds", refund.replace("RF-1", "RF-2").replace("60.00", "40.01")).statusCode(422);
        post("/api/refunds", refund.replace("RF-1", "RF-3").replace("BANK_TRANSFER", "CHEQUE")).statusCode(400)
                .body("field", equalTo("method"));
        given().get("/api/accounts/C-RF").then().statusCode(200).body("balances[0].credit", equalTo("40.00"));
        // the next invoice uses the 40.00 left at once: it shows on the invoice and leaves the account's credit
        post("/api/invoices", invoice("INV-RF-1", "C-RF", "2026-11-26", "2099-12-26", "100.00")).statusCode(201)
                .body("openAmount", equalTo("60.00")).body("creditApplied[0].amount", equalTo("40.00"));
        given().get("/api/invoices/INV-RF-1").then().body("openAmount", equalTo("60.00"))
                .body("creditApplied[0].amount", equalTo("40.00")).body("creditApplied[0].appliedOn", equalTo("2026-11-26"));
        given().get("/api/accounts/C-RF").then().body("balances[0].credit", equalTo("0.00"))
                .body("balances[0].open", equalTo("60.00"));
        post("/api/refunds", refund.replace("RF-1", "RF-4").replace("60.00", "0.01")).statusCode(422);
    }

    @Test
    void agingShowsWhatWasOpenOnTheDayPerBucket() {
        post("/api/invoices", invoice("INV-AG-1", "C-AGE", "2026-08-01", "2026-08-31", "100.00")).statusCode(201);
        post("/api/invoices", invoice("INV-AG-2", "C-AGE", "2026-11-01", "2026-12-01", "40.00")).statusCode(201);
        post("/api/payments", """
                { "paymentId": "AG-PAY", "customerId": "C-AGE", "amount": "30.00", "currency": "CNY", "receivedOn": "2026-11-27",
                  "allocations": [ { "invoiceId": "INV-AG-1", "amount": "30.00" } ] }""").statusCode(201);
        given().get("/api/aging?asOf=2026-11-26").then().statusCode(200)
                .body("asOf", equalTo("2026-11-26"))
                .body("currencies.find { it.currency == 'CNY' }.customers.find { it.customerId == 'C-AGE' }.buckets.'61-90'",
                        equalTo("100.00"))
                .body("currencies.find { it.currency == 'CNY' }.customers.find { it.customerId == 'C-AGE' }.buckets.current",
                        equalTo("40.00"));
        given().get("/api/aging?asOf=2026-11-28").then()
                .body("currencies.find { it.currency == 'CNY' }.customers.find { it.customerId == 'C-AGE' }.buckets.'61-90'",
                        equalTo("70.00"));
        given().get("/api/aging?asOf=yesterday").then().statusCode(400).body("field", equalTo("asOf"));
        // a dashboard asks for the most overdue customers only, one currency, a page at a time
        post("/api/invoices", invoice("INV-AG-3", "C-AGE-WORST", "2026-01-01", "2026-01-02", "99999.00")).statusCode(201);
        given().get("/api/aging?asOf=2026-11-26&currency=CNY&size=1").then().statusCode(200)
                .body("size", equalTo(1)).body("currencies", org.hamcrest.Matchers.hasSize(1))
                .body("currencies[0].customers", org.hamcrest.Matchers.hasSize(1))
                .body("currencies[0].customers[0].customerId", equalTo("C-AGE-WORST"))
                .body("currencies[0].customerCount", org.hamcrest.Matchers.greaterThan(1));
        given().get("/api/aging?asOf=2026-11-26&currency=CNY&size=1&page=1").then()
                .body("currencies[0].customers[0].customerId", org.hamcrest.Matchers.not(equalTo("C-AGE-WORST")));
        // a customer first in one currency and not on the first page of another is shown where it ranks, no more
        post("/api/invoices", invoice("INV-AG-4", "C-AGE-WORST", "2026-10-01", "2026-10-02", "1.00").replace("CNY", "EUR"))
                .statusCode(201);
        post("/api/invoices", invoice("INV-AG-5", "C-AGE-EUR", "2026-01-01", "2026-01-02", "5000.00").replace("CNY", "EUR"))
                .statusCode(201);
        given().get("/api/aging?asOf=2026-11-26&size=1").then().statusCode(200)
                .body("currencies.find { it.currency == 'CNY' }.customers.customerId", equalTo(List.of("C-AGE-WORST")))
                .body("currencies.find { it.currency == 'EUR' }.customers.customerId", equalTo(List.of("C-AGE-EUR")))
                .body("currencies.find { it.currency == 'EUR' }.totals.total", equalTo("5001.00"))
                // 5000.00 over 120 days late (BAD_DEBT) and 1.00 55 days late (IN_COLLECTION), beside the buckets
                .body("currencies.find { it.currency == 'EUR' }.collectionClasses.BAD_DEBT", equalTo("5000.00"))
                .body("currencies.find { it.currency == 'EUR' }.collectionClasses.IN_COLLECTION", equalTo("1.00"))
                .body("currencies.find { it.currency == 'EUR' }.collectionClasses.NOT_DUE", equalTo("0.00"));
        given().get("/api/aging?size=0").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/aging?currency=XXY").then().statusCode(400).body("field", equalTo("currency"));
    }

    @Test
    void dueDatesFollowTheCustomersTermsEvenWhenTheInvoiceCameFirst() {
        post("/api/invoices", invoice("INV-T-1", "C-TERMS", "2026-11-02", null, "10.00")).statusCode(201)
                .body("status", equalTo("AWAITING_TERMS"));
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-TERMS", "Terms Ltd", "ap@terms.example", "en",
                PaymentTerms.netDays(30), new BigDecimal("1000.00"), "CNY", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/invoices/INV-T-1").then()
                .body("dueDate", equalTo("2026-12-02")));
        post("/api/invoices", invoice("INV-T-2", "C-TERMS", "2026-11-10", null, "10.00")).statusCode(201)
                .body("dueDate", equalTo("2026-12-10"));
    }

    @Test
    void readModelsRebuiltFromTheEventStoreAreTheSame() {
        post("/api/invoices", invoice("INV-RB-1", "C-REBUILD", "2026-09-01", "2026-09-30", "700.00")).statusCode(201);
        post("/api/payments", """
                { "paymentId": "RB-PAY", "customerId": "C-REBUILD", "amount": "250.00", "currency": "CNY", "receivedOn": "2026-10-15" }""")
                .statusCode(201);
        post("/api/credit-notes", """
                { "creditNoteId": "CN-RB", "customerId": "C-REBUILD", "invoiceId": "INV-RB-1", "amount": "50.00",
                  "currency": "CNY", "issueDate": "2026-10-20", "reason": "short delivery" }""").statusCode(201);
        // the overdue scan raises this invoice's dunning level (final notice: 30 to 59 days late); compare once it has
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/invoices/INV-RB-1").then()
                .body("dunningLevel", org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        post("/api/promises", """
                { "promiseId": "RB-PTP", "customerId": "C-REBUILD", "invoiceIds": ["INV-RB-1"], "amount": "400.00",
                  "currency": "CNY", "promisedFor": "%s", "recordedBy": "Li Na" }""".formatted(calendar.today().plusDays(5)))
                .statusCode(201);
        post("/api/disputes", """
                { "disputeId": "RB-DSP", "invoiceId": "INV-RB-1", "amount": "50.00", "currency": "CNY", "reason": "short",
                  "raisedBy": "Li Na" }""").statusCode(201);
        String promisesBefore = given().get("/api/promises?customerId=C-REBUILD").then().extract().asString();
        String disputesBefore = given().get("/api/disputes?customerId=C-REBUILD").then().extract().asString();
        String invoiceBefore = given().get("/api/invoices/INV-RB-1").then().statusCode(200).extract().asString();
        String agingBefore = given().get("/api/aging?asOf=2026-11-26").then().extract().asString();
        String accountBefore = given().get("/api/accounts/C-REBUILD").then().statusCode(200).extract().asString();
        post("/api/accounts/C-REBUILD/statement-confirmations", "{ \"period\": \"2026-10\", \"confirmedBy\": \"AP\" }")
                .statusCode(201);
        String statementBefore = given().get("/api/accounts/C-REBUILD/statement?from=2026-09-01&to=2026-10-31").then()
                .statusCode(200).extract().asString();
        String confirmationsBefore = given().get("/api/accounts/C-REBUILD/statement-confirmations").then().extract().asString();

        given().post("/admin/projections/rebuild").then().statusCode(200)
                .body("tables", contains("invoice_view", "payment_view", "allocation_view", "credit_note_view",
                        "write_off_view", "refund_view", "credit_applied_view", "credit_balance_view",
                        "statement_confirmation_view", "promise_view", "dispute_view",
                        "collection_activity_view", "approval_view"))
                .body("eventsReplayed", org.hamcrest.Matchers.greaterThanOrEqualTo(2));

        assertEquals(invoiceBefore, given().get("/api/invoices/INV-RB-1").then().statusCode(200).extract().asString());
        assertEquals(agingBefore, given().get("/api/aging?asOf=2026-11-26").then().extract().asString());
        assertEquals(accountBefore, given().get("/api/accounts/C-REBUILD").then().extract().asString());
        assertEquals(statementBefore, given().get("/api/accounts/C-REBUILD/statement?from=2026-09-01&to=2026-10-31").then()
                .extract().asString());
        assertEquals(promisesBefore, given().get("/api/promises?customerId=C-REBUILD").then().extract().asString());
        assertEquals(disputesBefore, given().get("/api/disputes?customerId=C-REBUILD").then().extract().asString());
        assertEquals(confirmationsBefore, given().get("/api/accounts/C-REBUILD/statement-confirmations").then().extract()
                .asString());
    }

    @Test
    void concurrentPaymentsOfOneCustomerAllLandAndAddUp() throws Exception {
        post("/api/invoices", invoice("INV-CC-1", "C-CONC", "2026-11-20", "2099-01-01", "100.00")).statusCode(201);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var answers = pool.invokeAll(java.util.stream.IntStream.range(0, 16).<java.util.concurrent.Callable<Integer>>mapToObj(
                    n -> () -> given().contentType(ContentType.JSON).body("""
                            { "paymentId": "CC-%d", "customerId": "C-CONC", "amount": "5.00", "currency": "CNY",
                              "receivedOn": "2026-11-26" }""".formatted(n)).post("/api/payments").statusCode()).toList());
            for (var answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        given().get("/api/invoices/INV-CC-1").then().body("openAmount", equalTo("20.00"))
                .body("payments", org.hamcrest.Matchers.hasSize(16));
    }

    /**
     * Sends the same request {@code times} times while another transaction holds the customer's lock
     * (a slow first call, as an ERP sees it), lets them all queue, then releases the lock; returns every
     * answer (status and body).
     */
    java.util.List<String> atOnceBehindTheCustomersLock(int times, String customerId, String path, String body)
            throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(times);
        try (var other = db.getConnection()) {
            other.setAutoCommit(false);
            com.getpaid.events.store.Sql.one(other, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1,
                    customerId);
            var futures = java.util.stream.IntStream.range(0, times).mapToObj(n -> pool.submit(() -> {
                var r = given().contentType(ContentType.JSON).body(body).post(path);
                return r.statusCode() + " " + r.asString();
            })).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForLocks() >= times);
            other.commit();
            java.util.List<String> answers = new java.util.ArrayList<>();
            for (var f : futures) {
                answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    long waitingForLocks() throws Exception {
        try (var c = db.getConnection()) {
            return com.getpaid.events.store.Sql.one(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    + "AND NOT granted", rs -> rs.getLong(1)).orElse(0L);
        }
    }

    @Test
    void theSameRequestInFlightTwiceGetsTheSameAnswer() throws Exception {
        var invoices = atOnceBehindTheCustomersLock(8, "C-TWICE", "/api/invoices",
                invoice("INV-TWICE-1", "C-TWICE", "2026-11-20", "2099-01-01", "100.00"));
        assertEquals(1, invoices.stream().distinct().count(), "all 8 answers alike: " + invoices);
        assertEquals(true, invoices.get(0).startsWith("201 "));
        var payments = atOnceBehindTheCustomersLock(8, "C-TWICE", "/api/payments", """
                { "paymentId": "PAY-TWICE-1", "customerId": "C-TWICE", "amount": "40.00", "currency": "CNY",
                  "receivedOn": "2026-11-26" }""");
        assertEquals(1, payments.stream().distinct().count(), "all 8 answers alike: " + payments);
        given().get("/api/invoices/INV-TWICE-1").then().body("openAmount", equalTo("60.00"))
                .body("payments", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void termsArrivingWhileAnInvoiceWaitsForTheCustomerAreSeenByIt() throws Exception {
        try (var other = db.getConnection()) {
            other.setAutoCommit(false);
            // another transaction holds customer C-RACE's lock (the terms listener, say)
            com.getpaid.events.store.Sql.one(other, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1, "C-RACE");
            var issuing = java.util.concurrent.CompletableFuture.supplyAsync(() -> post("/api/invoices",
                    invoice("INV-RACE-1", "C-RACE", "2026-11-02", null, "10.00")).extract().statusCode());
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingForLocks() > 0);
            // the listener stores the terms, sees no waiting invoice, and commits
            com.getpaid.events.store.Sql.update(other, "INSERT INTO customer_terms (customer_id, payment_terms) "
                    + "VALUES (?, '{\"type\":\"NET_DAYS\",\"days\":30}'::jsonb)", "C-RACE");
            other.commit();
            assertEquals(201, issuing.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        given().get("/api/invoices/INV-RACE-1").then().body("dueDate", equalTo("2026-12-02"));
    }

    @Test
    void oneCustomerThatCannotBeDecidedDoesNotStopTheOverdueScanForOthers() throws Exception {
        post("/api/invoices", invoice("INV-SCAN-OK", "C-SCAN-OK", "2026-01-02", "2026-01-10", "10.00")).statusCode(201);
        post("/api/invoices", invoice("INV-SCAN-BAD", "C-SCAN-BAD", "2026-01-02", "2026-01-10", "10.00")).statusCode(201);
        try (var c = db.getConnection()) {
            // C-SCAN-BAD's stream holds an event its account cannot apply (a fault in stored data)
            com.getpaid.events.store.Sql.update(c, "INSERT INTO event_store (event_id, stream_id, version, type, customer_id, "
                    + "subject, data, occurred_at, published_at, caused_by) VALUES (gen_random_uuid(), 'account-C-SCAN-BAD', 2, "
                    + "'InvoiceDueDateSet', 'C-SCAN-BAD', 'INV-NOWHERE', '{\"invoiceId\":\"INV-NOWHERE\",\"customerId\":"
                    + "\"C-SCAN-BAD\",\"dueDate\":\"2026-01-10\",\"paymentTerms\":{\"type\":\"CASH_ON_DELIVERY\"}}', now(), now(), "
                    + "'test: a fault in stored data')");
        }
        scan.scan(java.time.LocalDate.of(2026, 2, 1));
        given().get("/api/invoices/INV-SCAN-OK").then().body("dunningLevel", equalTo(2)); // 22 days past due: firm reminder
    }

    @Test
    void requestsThatWouldMakeAnEventKafkaRefusesAreRefused() {
        StringBuilder parts = new StringBuilder();
        for (int n = 0; n < 1001; n++) {
            parts.append(n == 0 ? "" : ",").append("{\"invoiceId\":\"INV-").append(n).append("\",\"amount\":\"1.00\"}");
        }
        post("/api/payments", """
                { "paymentId": "PAY-MANY", "customerId": "C-MANY", "amount": "1001.00", "currency": "CNY",
                  "receivedOn": "2026-11-26", "allocations": [%s] }""".formatted(parts)).statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("allocations"));
        given().contentType(ContentType.JSON).body("{\"invoiceId\": \"" + "x".repeat(300_000) + "\"}")
                .post("/api/invoices").then().statusCode(413);
        given().get("/api/invoices/INV-1").then().statusCode(404);
    }
}
