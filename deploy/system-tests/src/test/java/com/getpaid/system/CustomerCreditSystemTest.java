package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.local.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Knowing the customer across the running services: a full card registered, an invoice paid late, a credit
 * assessment that weighs that record, a HIGH risk signal that stops supply and emails the account manager, and the
 * hold answered for a moment before it.
 */
class CustomerCreditSystemTest extends RunningPlatform {

    @BeforeAll
    static void start() throws Exception {
        start("credit", platform -> { });
    }

    @Test
    void aFullCardAssessedThenStoppedByAHighSignalAndAskedAboutAnEarlierMoment() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        send("erp", "PUT", url("customer", "/api/customers/C-KYC"), """
                { "name": "Know Your Customer Ltd", "email": "boss@kyc.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY",
                  "legalRepresentative": "Chen Hao", "address": "8 Harbour Road, Ningbo", "registeredCapital": "2000000.00 CNY",
                  "contacts": [ { "role": "FINANCE", "name": "Ms Ap", "email": "ap@kyc.example", "preferredLanguage": "en" } ],
                  "characteristics": { "region": "Zhejiang", "salesCapacity": "MEDIUM" },
                  "settlementDay": 20, "accountManager": "zhao.lei", "needsVatInvoice": true,
                  "creditLimits": [ { "currency": "USD", "amount": "5000.00" } ] }""").statusCode(201)
                .body("details.contacts[0].role", equalTo("FINANCE")).body("collection.accountManager", equalTo("zhao.lei"));
        // an invoice due 20 days ago, paid 10 days late
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "KYC-1", "customerId": "C-KYC", "issueDate": "%s", "dueDate": "%s", "amount": "12000.00",
                  "currency": "CNY" }""".formatted(today.minusDays(50), today.minusDays(20))).statusCode(201);
        // seen by customer-service before it is paid: an empty exposure later then means paid, not yet arrived
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-KYC"))
                .then().body("exposure[0].open", equalTo("12000.00")));
        send("erp", "POST", url("receivables", "/api/payments"), """
                { "paymentId": "KYC-P1", "customerId": "C-KYC", "amount": "12000.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "KYC-1", "amount": "12000.00" } ] }""".formatted(today.minusDays(10)))
                .statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-KYC"))
                .then().body("exposure", org.hamcrest.Matchers.empty()));

        // record: 1 due, 1 late, 10 days: 1 - 0.5 - 10/120 = 0.42; 0.40 x 0.42 + 0.15 x (0.56 + 0.75 + 0.60 + 0.53) = 0.53: B
        send("credit-manager", "POST", url("customer", "/api/customers/C-KYC/credit-assessments"), """
                { "currentRatio": "2.1", "debtToAssets": "0.6", "receivablesTurnover": "12", "returnOnAssets": "0.28",
                  "assessedBy": "Wang Fang" }""").statusCode(201).body("paymentRecord.averageDaysLate", equalTo("10.0"))
                .body("paymentRecord.score", equalTo("0.42")).body("score", equalTo("0.53")).body("grade", equalTo("B"))
                .body("nextReviewDue", equalTo(today.plusMonths(3).toString()));
        as("supervisor").get(url("customer", "/api/customers/C-KYC")).then().body("credit.grade", equalTo("B"))
                .body("hold.active", equalTo(false));

        Instant before = Instant.now();
        send("supervisor", "POST", url("customer", "/api/customers/C-KYC/risk-signals"), """
                { "signal": "KEY_PEOPLE_CHANGE", "severity": "HIGH", "note": "Owner and finance head left last week",
                  "reportedBy": "zhao.lei" }""").statusCode(201).body("placesHold", equalTo(true));
        as("supervisor").get(url("customer", "/api/customers/C-KYC")).then().body("hold.active", equalTo(true))
                .body("hold.reasons.code", contains("RISK_SIGNAL"));
        send("erp", "POST", url("customer", "/api/customers/C-KYC/shipment-clearance"),
                "{ \"amount\": \"100.00\", \"currency\": \"USD\" }").body("cleared", equalTo(false))
                .body("reasons.code", contains("RISK_SIGNAL"));
        // the account manager hears it by email; the customer does not
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Mailbox.Email> alerts = Mailbox.read(settings.imapPort(), "zhao.lei@seller.example");
            assertEquals(1, alerts.size());
            assertTrue(alerts.get(0).subject().contains("KEY_PEOPLE_CHANGE"), alerts.get(0).subject());
        });
        assertEquals(0, Mailbox.read(settings.imapPort(), "boss@kyc.example").size());
        // asked about a moment before the signal: not on hold; now: on hold, and who decided
        as("supervisor").get(url("customer", "/api/customers/C-KYC/holds?asOf=" + before)).then().body("onHold", equalTo(false));
        as("supervisor").get(url("customer", "/api/customers/C-KYC/holds")).then().body("onHold", equalTo(true))
                .body("decisions[0].by", equalTo("walk-through-supervisor (supervisor)"))
                .body("decisions[1].reasons[0].message", containsString("Owner and finance head left"));
    }

    @Test
    void aCollectorsLargeDisputeReleasesNoHoldUntilACreditManagerConfirmsIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        send("erp", "PUT", url("customer", "/api/customers/C-DSP"), """
                { "name": "Disputing Wholesale Ltd", "email": "ap@dsp.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "60000.00", "currency": "CNY",
                  "accountManager": "walk-through-collector" }""").statusCode(201);
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "DSP-1", "customerId": "C-DSP", "issueDate": "%s", "dueDate": "%s", "amount": "70000.00",
                  "currency": "CNY" }""".formatted(today, today.plusDays(30))).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("collector").get(url("customer", "/api/customers/C-DSP"))
                .then().body("hold.active", equalTo(true)).body("hold.reasons.code", contains("CREDIT_LIMIT_EXCEEDED")));

        // a collector disputes 50,000.00 (above the 10,000.00 threshold): it awaits a credit manager
        send("collector", "POST", url("receivables", "/api/disputes"), """
                { "disputeId": "DSP-D1", "invoiceId": "DSP-1", "amount": "50000.00", "currency": "CNY",
                  "reason": "Half the batch never arrived" }""").statusCode(201).body("awaitingConfirmation", equalTo(true))
                .body("reviewBy", equalTo(today.plusDays(14).toString()));
        // an invoice after it on the customer's stream: once customer-service has it, it has seen the dispute too
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "DSP-2", "customerId": "C-DSP", "issueDate": "%s", "dueDate": "%s", "amount": "100.00",
                  "currency": "CNY" }""".formatted(today, today.plusDays(30))).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("collector").get(url("customer", "/api/customers/C-DSP"))
                .then().body("exposure[0].open", equalTo("70100.00")).body("exposure[0].disputed", equalTo("0.00"))
                .body("hold.active", equalTo(true)));
        as("collector").get(url("receivables", "/api/disputes?customerId=C-DSP")).then()
                .body("status", contains("UNCONFIRMED"));
        send("erp", "POST", url("customer", "/api/customers/C-DSP/shipment-clearance"),
                "{ \"amount\": \"100.00\", \"currency\": \"CNY\" }").body("cleared", equalTo(false));

        // the collector cannot confirm it; a credit manager can, and the hold is released
        send("collector", "POST", url("receivables", "/api/disputes/DSP-D1/confirmation"), "").statusCode(403);
        send("credit-manager", "POST", url("receivables", "/api/disputes/DSP-D1/confirmation"), "").statusCode(201)
                .body("confirmedBy", equalTo("walk-through-credit-manager"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("collector").get(url("customer", "/api/customers/C-DSP"))
                .then().body("exposure[0].open", equalTo("20100.00")).body("exposure[0].disputed", equalTo("50000.00"))
                .body("hold.active", equalTo(false)));
        as("credit-manager").get(url("receivables", "/api/disputes?reviewDueBy=" + today.plusDays(14))).then()
                .body("disputeId", contains("DSP-D1")).body("status", contains("OPEN"))
                .body("confirmedBy", contains("walk-through-credit-manager"));
    }
}
