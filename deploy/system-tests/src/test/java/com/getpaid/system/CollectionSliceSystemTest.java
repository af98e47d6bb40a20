package com.getpaid.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.local.LocalPlatform;
import com.getpaid.local.Mailbox;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The API walk-through (docs/api-walk-through.md), across the four services running as their own processes on a real
 * Kafka, PostgreSQL and SMTP server: register, invoice, overdue, hold, reminder email, complaint,
 * payment, release; then a restart that must keep everything and send nothing twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionSliceSystemTest extends RunningPlatform {

    static final String EMAIL = "ap@huadong.example";
    @BeforeAll
    static void start() throws Exception {
        start("system", platform -> { });
    }

    @Test
    @Order(1)
    void anOverdueCashOnDeliveryCustomerIsHeldRemindedAndReleasedWhenItPays() {
        send("erp", "PUT", url("customer", "/api/customers/C-1001"), """
                { "name": "华东五金批发有限公司", "email": "ap@huadong.example", "preferredLanguage": "zh-CN",
                  "paymentTerms": { "type": "CASH_ON_DELIVERY" }, "creditLimit": "5000.00", "currency": "CNY" }""")
                .statusCode(201);
        // no due date: it follows the customer's terms (cash on delivery: due on the issue date)
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-2026-00042", "customerId": "C-1001", "deliveryRef": "DN-7781",
                  "issueDate": "2026-01-05", "amount": "4000.00", "currency": "CNY" }""").statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("erp").get(url("receivables", "/api/invoices/INV-2026-00042"))
                .then().body("dueDate", equalTo("2026-01-05")).body("status", equalTo("OVERDUE")).body("dunningLevel", equalTo(4))
                .body("dunningStage", equalTo("ESCALATION"))
                .body("collectionClass", equalTo("BAD_DEBT")));
        as("collector").get(url("receivables", "/api/aging?asOf=2026-11-26")).then()
                .body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].totals.over-120", equalTo("4000.00"))
                .body("currencies[0].customers[0].customerId", equalTo("C-1001"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-1001")).then()
                .body("hold.active", equalTo(true))
                .body("hold.reasons.code", contains("OVERDUE_CASH_ON_DELIVERY")));
        send("erp", "POST", url("customer", "/api/customers/C-1001/shipment-clearance"), "{ \"amount\": \"2000.00\", \"currency\": \"CNY\" }")
                .statusCode(200)
                .body("cleared", equalTo(false))
                .body("reasons.code", contains("OVERDUE_CASH_ON_DELIVERY", "CREDIT_LIMIT_EXCEEDED"))
                .body("availableCredit", equalTo("1000.00"));

        // ten months late: the ladder's last step, a task for the account manager rather than another letter
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor") // C-1001 has no account manager
                .get(url("notification", "/api/follow-ups?customerId=C-1001&kind=ESCALATION")).then()
                .body("kind", contains("ESCALATION")).body("[0].about", equalTo("INV-2026-00042#4")));
        as("supervisor").get(url("notification", "/api/notifications?customerId=C-1001")).then().body("", hasSize(0));

        send("support", "POST", url("complaint", "/api/complaints"), """
                { "customerId": "C-1001", "category": "PRODUCT_QUALITY", "channel": "PHONE",
                  "description": "Batch 2411 arrived with cracked housings", "recordedBy": "front desk",
                  "invoiceIds": ["INV-2026-00042"], "disputedAmount": "400.00", "currency": "CNY" }""").statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, Mailbox.read(settings.imapPort(), EMAIL).size()));

        // the complaint names the invoice and 400.00: a dispute, out of the exposure that holds supply
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor")
                .get(url("receivables", "/api/disputes?customerId=C-1001")).then()
                .body("disputeId", contains("CMP-000001-1")).body("[0].amount", equalTo("400.00")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-1001"))
                .then().body("exposure[0].open", equalTo("3600.00")).body("exposure[0].disputed", equalTo("400.00")));

        // the complaint from logging to closing: a compensation of 400.00 (under the approval threshold, so approved with
        // the proposal), carried out as a credit note off the invoice; the call-back falls due 72 hours after that
        String complaint = url("complaint", "/api/complaints/CMP-000001");
        send("support", "POST", complaint + "/assignment", "{ \"handler\": \"walk-through-support\", \"assignedBy\": \"front desk\" }")
                .statusCode(200).body("status", equalTo("ASSIGNED"));
        send("support", "POST", complaint + "/investigation", "{ \"findings\": \"Housings of batch 2411 too brittle\", "
                + "\"rootCause\": \"MOULD_TEMPERATURE\", \"investigatedBy\": \"zhou.min\" }").statusCode(200);
        send("support", "POST", complaint + "/resolution", "{ \"remedy\": \"COMPENSATION\", \"amount\": \"400.00\", "
                + "\"currency\": \"CNY\", \"proposedBy\": \"zhou.min\" }").statusCode(200).body("status", equalTo("APPROVED"));
        send("support", "POST", complaint + "/acceptance", "{ \"acceptedBy\": \"Mr Zhang\" }").statusCode(200);
        String callbackDue = send("support", "POST", complaint + "/execution", "{ \"department\": \"FINANCE\", "
                + "\"recordedBy\": \"zhou.min\" }").statusCode(200).body("status", equalTo("CARRIED_OUT"))
                .extract().path("callbackDue");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("erp").get(url("receivables", "/api/invoices/INV-2026-00042"))
                .then().body("openAmount", equalTo("3600.00")).body("creditNotes[0].creditNoteId", equalTo("CN-CMP-000001")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("support")
                .get(url("notification", "/api/follow-ups?customerId=C-1001&kind=COMPLAINT_CALLBACK")).then()
                .body("kind", contains("COMPLAINT_CALLBACK")).body("[0].dueAt", equalTo(callbackDue))
                .body("[0].assignee", equalTo("walk-through-support"))); // support acts on the complaints it has
        // the customer is satisfied: closed, and its dispute settled
        send("support", "POST", complaint + "/callbacks", "{ \"reached\": true, \"satisfied\": true, "
                + "\"calledBy\": \"zhou.min\" }").statusCode(200).body("status", equalTo("CLOSED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("erp").get(url("receivables", "/api/invoices/INV-2026-00042"))
                .then().body("openAmount", equalTo("3600.00")).body("disputedAmount", equalTo("0.00")));
        as("supervisor").get(url("receivables", "/api/disputes?customerId=C-1001")).then()
                .body("[0].status", equalTo("RESOLVED")).body("[0].outcome", equalTo("SETTLED"));

        send("erp", "POST", url("receivables", "/api/payments"), """
                { "paymentId": "BANK-20261126-0001", "customerId": "C-1001", "amount": "4000.00", "currency": "CNY",
                  "receivedOn": "2026-11-26", "method": "BANK_TRANSFER" }""").statusCode(201)
                .body("allocations[0].invoiceId", equalTo("INV-2026-00042")).body("allocations[0].amount", equalTo("3600.00"))
                .body("unallocated", equalTo("400.00"));
        as("supervisor").get(url("receivables", "/api/accounts/C-1001")).then()
                .body("balances[0].open", equalTo("0.00")).body("balances[0].credit", equalTo("400.00"));
        send("erp", "POST", url("receivables", "/api/refunds"), """
                { "refundId": "RF-2026-0001", "customerId": "C-1001", "amount": "400.00", "currency": "CNY",
                  "paidOn": "2026-11-27", "method": "BANK_TRANSFER" }""").statusCode(201);
        as("supervisor").get(url("receivables", "/api/accounts/C-1001")).then().body("balances[0].credit", equalTo("0.00"));
        // the statement of the year so far: every movement, and a closing balance that reconciles with the account
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        as("supervisor").get(url("receivables", "/api/accounts/C-1001/statement?from=2026-01-01&to=" + today)).then()
                .statusCode(200).body("currencies[0].openingBalance", equalTo("0.00"))
                .body("currencies[0].lines.type", containsInAnyOrder("INVOICE", "CREDIT_NOTE", "PAYMENT", "REFUND"))
                .body("currencies[0].closingBalance", equalTo("0.00")).body("currencies[0].openInvoices", equalTo("0.00"));
        send("supervisor", "POST", url("receivables", "/api/accounts/C-1001/statement-confirmations"),
                "{ \"period\": \"2026-10\", \"confirmedBy\": \"Li Wei (AP)\" }").statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("balances[0].closingBalance", equalTo("4000.00"));
        as("erp").get(url("receivables", "/api/invoices/INV-2026-00042")).then().body("status", equalTo("PAID"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-1001")).then()
                .body("hold.active", equalTo(false)).body("exposure", hasSize(0)));
        send("erp", "POST", url("customer", "/api/customers/C-1001/shipment-clearance"), "{ \"amount\": \"2000.00\", \"currency\": \"CNY\" }")
                .body("cleared", equalTo(true));

        // the audit trail: who changed the customer, and which consumer placed and lifted the hold
        as("credit-manager").get(url("customer", "/api/customers/C-1001/history")).then().statusCode(200)
                .body("event", contains("CustomerRegistered", "SupplyHoldPlaced", "SupplyHoldReleased"))
                .body("by", contains("walk-through-erp (erp)", "customer-service: consumer of receivables.v1",
                        "customer-service: consumer of receivables.v1"))
                .body("[0].recorded.creditLimit", equalTo("5000.00"));
        // a dashboard sees the customer's name, never its contact details
        as("viewer").get(url("customer", "/api/customers/C-1001")).then().statusCode(200)
                .body("name", equalTo("华东五金批发有限公司")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("email")));
    }

    /** The README's customer on terms: a reminder before the due date, a friendly one after, and a promise that is kept. */
    @Test
    @Order(2)
    void aCustomerOnTermsGetsItsLettersAndAPromisePausesItsDunningUntilItIsKept() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        send("erp", "PUT", url("customer", "/api/customers/C-1003"), """
                { "name": "Pearl River Tools Ltd", "email": "ap@pearlriver.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "20000.00", "currency": "CNY",
                  "collection": { "accountManager": "li.na", "settlementDay": 25 } }""")
                .statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-2026-00101", "customerId": "C-1003", "issueDate": "%s", "amount": "1500.00",
                  "currency": "CNY" }""".formatted(today.minusDays(33))).statusCode(201).body("dueDate",
                equalTo(today.minusDays(3).toString())));
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-2026-00102", "customerId": "C-1003", "issueDate": "%s", "amount": "900.00",
                  "currency": "CNY" }""".formatted(today.minusDays(25))).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            io.restassured.RestAssured.given().auth().oauth2(platform.tokens().issue("li.na", List.of("collector"))) // hers
                    .get(url("notification", "/api/notifications?customerId=C-1003")).then()
                    .body("about", containsInAnyOrder("INV-2026-00101#1", "INV-2026-00102#-7"))
                    .body("status", contains("SENT", "SENT"));
            List<String> subjects = Mailbox.read(settings.imapPort(), "ap@pearlriver.example").stream()
                    .map(Mailbox.Email::subject).toList();
            assertEquals(Set.of("Friendly reminder: invoice INV-2026-00101 is past due",
                    "Invoice INV-2026-00102 falls due on " + today.plusDays(5)), Set.copyOf(subjects));
        });
        asLiNa().get(url("receivables", "/api/worklist?collector=li.na")).then().statusCode(200)
                .body("customerId", contains("C-1003")).body("[0].overdueAmount", equalTo("1500.00"))
                .body("[0].invoiceIds", contains("INV-2026-00101"));
        asLiNa().contentType(ContentType.JSON).body("{ \"outcome\": \"PROMISED\", \"note\": \"Pays next week\" }")
                .post(url("receivables", "/api/worklist/C-1003.CNY." + today + "/outcome")).then().statusCode(201);
        asLiNa().contentType(ContentType.JSON).body("""
                { "promiseId": "PTP-2026-0001", "customerId": "C-1003", "invoiceIds": ["INV-2026-00101"], "amount": "1500.00",
                  "currency": "CNY", "promisedFor": "%s", "recordedBy": "Li Na" }""".formatted(today.plusDays(7)))
                .post(url("receivables", "/api/promises")).then().statusCode(201);
        asLiNa().get(url("receivables", "/api/invoices/INV-2026-00101")).then()
                .body("dunningPausedUntil", equalTo(today.plusDays(9).toString()))
                .body("nextDunningOn", equalTo(today.plusDays(12).toString())); // the firm reminder's day, after the pause
        send("erp", "POST", url("receivables", "/api/payments"), """
                { "paymentId": "BANK-20261127-0031", "customerId": "C-1003", "amount": "1500.00", "currency": "CNY",
                  "receivedOn": "%s", "allocations": [ { "invoiceId": "INV-2026-00101", "amount": "1500.00" } ] }"""
                .formatted(today)).statusCode(201);
        as("viewer").get(url("receivables", "/api/promises?customerId=C-1003")).then().statusCode(200)
                .body("[0].status", equalTo("KEPT")).body("[0].paid", equalTo("1500.00"));
    }

    /**
     * The README's write-off: an invoice written off, then paid in part after all; its statement, its account and the
     * aging agree to the cent.
     */
    @Test
    @Order(3)
    void aWrittenOffInvoicePaidInPartReconcilesAcrossStatementAccountAndAging() {
        send("erp", "PUT", url("customer", "/api/customers/C-2002"), """
                { "name": "Insolvent Trading", "email": "ap@insolvent.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "10000.00", "currency": "CNY" }""")
                .statusCode(201);
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-2026-00077", "customerId": "C-2002", "issueDate": "2026-02-01", "dueDate": "2026-03-03",
                  "amount": "800.00", "currency": "CNY" }""").statusCode(201);
        send("credit-manager", "POST", url("receivables", "/api/write-offs"), """
                { "writeOffId": "WO-2026-0001", "invoiceId": "INV-2026-00077", "reason": "Customer insolvent",
                  "approvedBy": "Wang Fang" }""").statusCode(201);
        as("erp").get(url("receivables", "/api/invoices/INV-2026-00077")).then().body("status", equalTo("WRITTEN_OFF"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        send("erp", "POST", url("receivables", "/api/payments"), """
                { "paymentId": "BANK-20261127-0009", "customerId": "C-2002", "amount": "300.00", "currency": "CNY",
                  "receivedOn": "%s", "allocations": [ { "invoiceId": "INV-2026-00077", "amount": "300.00" } ] }"""
                .formatted(today)).statusCode(201);
        as("erp").get(url("receivables", "/api/invoices/INV-2026-00077")).then().body("status", equalTo("OVERDUE"))
                .body("openAmount", equalTo("500.00"));
        as("supervisor").get(url("receivables", "/api/accounts/C-2002/statement?from=2026-11-01")).then().statusCode(200)
                .body("currencies[0].openingBalance", equalTo("800.00"))
                .body("currencies[0].lines.type", contains("WRITE_OFF", "REINSTATEMENT", "PAYMENT"))
                .body("currencies[0].closingBalance", equalTo("500.00"));
        as("supervisor").get(url("receivables", "/api/accounts/C-2002")).then().body("balances[0].open", equalTo("500.00"))
                .body("balances[0].credit", equalTo("0.00"));
        as("supervisor").get(url("receivables", "/api/aging?customerId=C-2002")).then()
                .body("currencies[0].customers[0].buckets.total", equalTo("500.00"))
                .body("currencies[0].collectionClasses.WRITTEN_OFF", equalTo("0.00"));
        as("credit-manager").get(url("receivables", "/api/kpis?customerId=C-2002&from=2026-11-01&to=" + today)).then()
                .statusCode(200).body("currencies[0].collected", equalTo("300.00"))
                .body("currencies[0].writtenOff", equalTo("0.00")).body("currencies[0].overdueRatio", equalTo("100.0"));
    }

    /** Li Na, a collector, the account manager of C-1003 (she sees her customers only). */
    static RequestSpecification asLiNa() {
        return given().auth().oauth2(platform.tokens().issue("li.na", List.of("collector")));
    }

    /** The role table as built: who may call what. Anything else is 401 without a token, 403 with the wrong role. */
    static final List<Object[]> ROLE_TABLE = List.of(
            new Object[] { "customer", "PUT", "/api/customers/C-ROLES", List.of("erp") },
            new Object[] { "customer", "GET", "/api/customers/C-1001", List.of("erp", "collector", "credit-manager", "support", "viewer") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/shipment-clearance", List.of("erp", "credit-manager") },
            new Object[] { "customer", "GET", "/api/customers/C-1001/history", List.of("credit-manager") },
            new Object[] { "receivables", "POST", "/api/invoices", List.of("erp") },
            new Object[] { "receivables", "GET", "/api/invoices/INV-2026-00042", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "POST", "/api/payments", List.of("erp") },
            new Object[] { "receivables", "POST", "/api/credit-notes", List.of("erp", "credit-manager") },
            new Object[] { "receivables", "POST", "/api/write-offs", List.of("credit-manager") },
            new Object[] { "receivables", "POST", "/api/refunds", List.of("erp", "credit-manager") },
            new Object[] { "receivables", "GET", "/api/approvals?status=PENDING", List.of("erp", "credit-manager") },
            new Object[] { "receivables", "POST", "/api/approvals/credit-note-CN-NONE/approve", List.of("credit-manager") },
            new Object[] { "receivables", "POST", "/api/approvals/credit-note-CN-NONE/reject", List.of("credit-manager") },
            new Object[] { "receivables", "POST", "/api/promises", List.of("erp", "collector", "credit-manager") },
            new Object[] { "receivables", "POST", "/api/disputes", List.of("erp", "collector", "credit-manager", "support") },
            new Object[] { "receivables", "GET", "/api/worklist", List.of("collector", "credit-manager") },
            new Object[] { "receivables", "POST", "/api/worklist/C-1003.CNY.2026-11-27/outcome", List.of("collector", "credit-manager") },
            new Object[] { "receivables", "POST", "/api/disputes/CMP-000001-1/resolution", List.of("credit-manager") },
            new Object[] { "receivables", "GET", "/api/disputes?customerId=C-1001", List.of("erp", "collector", "credit-manager", "support", "viewer") },
            new Object[] { "receivables", "GET", "/api/promises?customerId=C-1003", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "GET", "/api/accounts/C-1001", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "GET", "/api/aging", List.of("collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "GET", "/api/accounts/C-1001/statement", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "POST", "/api/accounts/C-1001/statement-confirmations", List.of("erp", "collector", "credit-manager") },
            new Object[] { "receivables", "GET", "/api/accounts/C-1001/statement-confirmations", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "receivables", "GET", "/api/kpis", List.of("collector", "credit-manager", "viewer") },
            new Object[] { "complaint", "POST", "/api/complaints", List.of("support") },
            new Object[] { "complaint", "POST", "/api/complaints/CMP-000001/assignment", List.of("support") },
            new Object[] { "complaint", "POST", "/api/complaints/CMP-000001/approval", List.of("credit-manager") },
            new Object[] { "complaint", "POST", "/api/complaints/CMP-000001/callbacks", List.of("support") },
            new Object[] { "complaint", "GET", "/api/complaints/board", List.of("support", "credit-manager", "viewer") },
            new Object[] { "notification", "POST", "/api/follow-ups/F-NONE/completion", List.of("support", "collector", "credit-manager") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/holds", List.of("credit-manager") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/holds/release", List.of("credit-manager") },
            new Object[] { "customer", "GET", "/api/customers/C-1001/holds", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/risk-signals", List.of("collector", "credit-manager", "support") },
            new Object[] { "customer", "GET", "/api/customers?onHold=true", List.of("erp", "collector", "credit-manager", "viewer") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/credit-assessments", List.of("credit-manager") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/handover", List.of("credit-manager") },
            new Object[] { "customer", "PUT", "/api/customers/C-1001/credit-limit", List.of("credit-manager") },
            new Object[] { "customer", "POST", "/api/customers/C-1001/credit-limit/approval", List.of("credit-manager") },
            new Object[] { "complaint", "GET", "/api/complaints/CMP-000001", List.of("support", "collector", "credit-manager") },
            new Object[] { "notification", "GET", "/api/notifications?customerId=C-1001", List.of("support", "collector", "credit-manager") },
            new Object[] { "notification", "GET", "/api/follow-ups?customerId=C-1001", List.of("support", "collector", "credit-manager") },
            new Object[] { "customer", "GET", "/admin/outbox", List.of("admin") },
            new Object[] { "customer", "GET", "/admin/parked", List.of("admin") },
            new Object[] { "receivables", "POST", "/admin/outbox/retry-stuck", List.of("admin") },
            new Object[] { "complaint", "POST", "/admin/projections/rebuild", List.of("admin") },
            new Object[] { "customer", "GET", "/admin/clock", List.of("admin") },
            new Object[] { "receivables", "POST", "/admin/dunning/scan", List.of("admin") },
            new Object[] { "notification", "GET", "/admin/outbox", List.of("admin") });

    @Test
    @Order(4)
    void eachRoleMayCallWhatTheRoleTableSaysAndNothingElse() {
        List<String> roles = List.of("erp", "collector", "credit-manager", "support", "viewer", "admin");
        List<String> wrong = new java.util.ArrayList<>();
        for (Object[] row : ROLE_TABLE) {
            String service = (String) row[0];
            String method = (String) row[1];
            String path = (String) row[2];
            @SuppressWarnings("unchecked")
            List<String> allowed = (List<String>) row[3];
            // writes get an empty body: an allowed caller is told what is missing (400), so nothing changes
            int anonymous = given().contentType(ContentType.JSON).body("{}").request(method, url(service, path)).then()
                    .contentType("application/problem+json").extract().statusCode();
            if (anonymous != 401) {
                wrong.add(method + " " + path + " without a token: " + anonymous);
            }
            for (String role : roles) {
                int status = as(role).contentType(ContentType.JSON).body("{}").request(method, url(service, path)).then()
                        .extract().statusCode();
                boolean refused = status == 401 || status == 403;
                if (allowed.contains(role) == refused || (refused && status != 403)) {
                    wrong.add(method + " " + path + " as " + role + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
        as("erp").get(url("customer", "/api/customers/C-ROLES")).then().statusCode(404); // no refused call changed anything

        // object scope: Li Na manages C-1003; Zhou Min, another collector, does not exist for it, reads and writes alike
        java.util.function.Supplier<RequestSpecification> zhou = () -> given().auth().oauth2(platform.tokens()
                .issue("zhou.min", List.of("collector")));
        for (String[] read : List.of(new String[] { "customer", "/api/customers/C-1003" },
                new String[] { "customer", "/api/customers/C-1003/holds" },
                new String[] { "receivables", "/api/accounts/C-1003" },
                new String[] { "receivables", "/api/invoices/INV-2026-00101" },
                new String[] { "receivables", "/api/promises?customerId=C-1003" })) {
            asLiNa().get(url(read[0], read[1])).then().statusCode(200);
            as("supervisor").get(url(read[0], read[1])).then().statusCode(200);
            zhou.get().get(url(read[0], read[1])).then().statusCode(404).contentType("application/problem+json");
        }
        int promises = as("supervisor").get(url("receivables", "/api/promises?customerId=C-1003")).then().extract()
                .path("size()");
        zhou.get().contentType(ContentType.JSON).body("""
                { "promiseId": "PTP-SCOPE-1", "customerId": "C-1003", "invoiceIds": ["INV-2026-00102"], "amount": "900.00",
                  "currency": "CNY", "promisedFor": "%s" }""".formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3)))
                .post(url("receivables", "/api/promises")).then().statusCode(404).contentType("application/problem+json");
        zhou.get().contentType(ContentType.JSON).body("""
                { "disputeId": "DSP-SCOPE-1", "invoiceId": "INV-2026-00102", "amount": "100.00", "currency": "CNY",
                  "reason": "Short delivery" }""").post(url("receivables", "/api/disputes")).then().statusCode(404);
        as("supervisor").get(url("receivables", "/api/promises?customerId=C-1003")).then().body("size()", equalTo(promises));
        as("supervisor").get(url("receivables", "/api/disputes?customerId=C-1003")).then()
                .body("disputeId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("DSP-SCOPE-1")));
        zhou.get().get(url("customer", "/api/customers?q=C-100")).then().statusCode(200)
                .body("customerId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("C-1003")));
        asLiNa().get(url("customer", "/api/customers?q=C-100")).then().statusCode(200).body("customerId", contains("C-1003"));
        // the viewer's card: names, terms, limits, exposure, hold codes; no people, no free text
        as("viewer").get(url("customer", "/api/customers/C-1003")).then().statusCode(200)
                .body("name", equalTo("Pearl River Tools Ltd")).body("hold.active", org.hamcrest.Matchers.notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("email")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("details")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("collection")));
        given().get(url("customer", "/q/health/ready")).then().statusCode(200); // health stays open
    }

    @Test
    @Order(5)
    void aRestartKeepsEverythingAndSendsNothingTwice() throws Exception {
        platform.close();
        platform = new LocalPlatform(settings).startInfrastructure().startServices();

        as("supervisor").get(url("customer", "/api/customers/C-1001")).then().statusCode(200).body("hold.active", equalTo(false));
        as("erp").get(url("receivables", "/api/invoices/INV-2026-00042")).then().statusCode(200).body("status", equalTo("PAID"));
        as("support").get(url("complaint", "/api/complaints/CMP-000001")).then().statusCode(200);
        // a scan after the restart must not raise the paid invoice again, nor send anything new
        // due three days ago (whatever day the test runs): the first step of the ladder, a friendly reminder
        String threeDaysAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-2026-00043", "customerId": "C-1001", "deliveryRef": "DN-7790",
                  "issueDate": "%s", "dueDate": "%s", "amount": "10.00", "currency": "CNY" }""".formatted(threeDaysAgo,
                threeDaysAgo)).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("notification", "/api/notifications?customerId=C-1001"))
                .then().body("about", containsInAnyOrder("CMP-000001", "INV-2026-00043#1"))
                .body("status", contains("SENT", "SENT")));
        List<Mailbox.Email> mail = Mailbox.read(settings.imapPort(), EMAIL);
        assertEquals(2, mail.size(), "the mail from before the restart is kept and none is sent again");
        assertTrue(mail.stream().anyMatch(m -> m.subject().contains("INV-2026-00043")));
    }
}
