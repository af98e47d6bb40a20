package com.getpaid.receivables.statement;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.receivables.TestApi;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.receivables.dunning.OverdueScan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements of account, the customer's confirmations, the measures, and credit meeting invoices that fall due. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StatementsAndKpisTest {

    @Inject
    BusinessCalendar calendar;

    @Inject
    OverdueScan scan;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    static void invoice(String id, String customer, String issueDate, String dueDate, String amount) {
        post("/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, issueDate, dueDate, amount)).statusCode(201);
    }

    static void payment(String id, String customer, String receivedOn, String amount, String invoiceId) {
        post("/api/payments", """
                { "paymentId": "%s", "customerId": "%s", "amount": "%s", "currency": "CNY", "receivedOn": "%s" %s }"""
                .formatted(id, customer, amount, receivedOn, invoiceId == null ? ""
                        : ", \"allocations\": [ { \"invoiceId\": \"" + invoiceId + "\", \"amount\": \"" + amount + "\" } ]"))
                .statusCode(201);
    }

    static ValidatableResponse statement(String customer, String from, String to) {
        return given().get("/api/accounts/" + customer + "/statement?from=" + from + "&to=" + to).then();
    }

    @Test
    void statementsFollowOneAnotherAndShowEveryMovement() {
        invoice("ST-1", "C-ST", "2026-01-10", "2026-02-09", "1000.00");
        payment("ST-P1", "C-ST", "2026-02-20", "300.00", "ST-1");
        post("/api/credit-notes", """
                { "creditNoteId": "ST-CN", "customerId": "C-ST", "invoiceId": "ST-1", "amount": "100.00", "currency": "CNY",
                  "issueDate": "2026-04-05", "reason": "Price concession" }""").statusCode(201);
        payment("ST-P2", "C-ST", "2026-04-20", "800.00", null); // 600.00 to ST-1, 200.00 credit balance
        invoice("ST-2", "C-ST", "2026-04-25", "2026-05-25", "1000.00"); // takes the 200.00 credit at once

        // a period that starts mid-way through an overdue invoice: it is in the opening balance, the payment in the lines
        statement("C-ST", "2026-02-15", "2026-03-15").statusCode(200)
                .body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].openingBalance", equalTo("1000.00"))
                .body("currencies[0].lines.type", contains("PAYMENT"))
                .body("currencies[0].lines[0].reference", equalTo("ST-P1"))
                .body("currencies[0].lines[0].credit", equalTo("300.00"))
                .body("currencies[0].lines[0].balance", equalTo("700.00"))
                .body("currencies[0].closingBalance", equalTo("700.00"))
                .body("currencies[0].openInvoices", equalTo("700.00"));
        given().get("/api/aging?asOf=2026-03-15&customerId=C-ST").then().statusCode(200)
                .body("currencies[0].customers[0].buckets.total", equalTo("700.00"))
                .body("currencies[0].customers[0].buckets.'31-60'", equalTo("700.00"));

        // a month with no movement: opening = closing, no lines
        statement("C-ST", "2026-03-01", "2026-03-31").statusCode(200)
                .body("currencies[0].openingBalance", equalTo("700.00")).body("currencies[0].lines", empty())
                .body("currencies[0].closingBalance", equalTo("700.00"));

        // April: note, payment beyond what was open, a new invoice that uses the credit (debit and credit alike)
        JsonPath april = statement("C-ST", "2026-04-01", "2026-04-30").statusCode(200)
                .body("currencies[0].openingBalance", equalTo("700.00"))
                .body("currencies[0].lines.type", contains("CREDIT_NOTE", "PAYMENT", "INVOICE", "CREDIT_APPLIED"))
                .body("currencies[0].lines.balance", contains("600.00", "-200.00", "800.00", "800.00"))
                .body("currencies[0].lines[3].debit", equalTo("200.00")).body("currencies[0].lines[3].credit", equalTo("200.00"))
                .body("currencies[0].totalDebit", equalTo("1200.00")).body("currencies[0].totalCredit", equalTo("1100.00"))
                .body("currencies[0].closingBalance", equalTo("800.00"))
                .body("currencies[0].openInvoices", equalTo("800.00")).body("currencies[0].creditBalance", equalTo("0.00"))
                .extract().jsonPath();
        // the opening balance of any period is the closing balance of the one before, however they are cut
        for (String[] cut : new String[][] { { "2026-01-01", "2026-02-19", "2026-02-20", "2026-12-31" },
                { "2026-01-01", "2026-04-19", "2026-04-20", "2026-06-30" }, { "2025-12-01", "2026-04-24", "2026-04-25", "2026-05-01" } }) {
            String closing = statement("C-ST", cut[0], cut[1]).extract().path("currencies[0].closingBalance");
            statement("C-ST", cut[2], cut[3]).body("currencies[0].openingBalance", equalTo(closing));
        }
        assertEquals("800.00", april.getString("currencies[0].closingBalance"));

        // up to today, the statement reconciles with the account and the aging to the cent
        String today = calendar.today().toString();
        var upToToday = statement("C-ST", "2026-01-01", today).extract().jsonPath();
        var account = given().get("/api/accounts/C-ST").then().statusCode(200).extract().jsonPath();
        String agingTotal = given().get("/api/aging?customerId=C-ST").then().extract().path("currencies[0].customers[0].buckets.total");
        assertEquals(account.getString("balances[0].open"), upToToday.getString("currencies[0].openInvoices"));
        assertEquals(agingTotal, upToToday.getString("currencies[0].openInvoices"));
        assertEquals(account.getString("balances[0].credit"), upToToday.getString("currencies[0].creditBalance"));
        assertEquals(new BigDecimal(agingTotal).subtract(new BigDecimal(account.getString("balances[0].credit"))),
                new BigDecimal(upToToday.getString("currencies[0].closingBalance")));

        // bad periods, unknown customers
        statement("C-ST", "2026-05-01", "2026-04-01").statusCode(400).body("field", equalTo("from"));
        statement("C-ST", "2025-01-01", "2026-04-01").statusCode(400).body("field", equalTo("to"));
        statement("C-ST", "2026-02-30", "2026-04-01").statusCode(400).body("field", equalTo("from"));
        statement("C-NOBODY", "2026-01-01", "2026-01-31").statusCode(404);
    }

    @Test
    void theCustomerConfirmsAMonthOrReportsDifferences() {
        invoice("SC-1", "C-SC", "2026-04-02", "2026-05-02", "500.00");
        payment("SC-P1", "C-SC", "2026-04-28", "120.00", null);
        String differences = """
                { "period": "2026-04", "confirmedBy": "Li Wei (AP)", "differences": [ { "reference": "SC-P1", "currency": "CNY",
                  "amount": "30.00", "description": "We paid 150.00" } ] }""";
        String first = post("/api/accounts/C-SC/statement-confirmations", differences).statusCode(201)
                .body("status", equalTo("DIFFERENCES_REPORTED")).body("balances[0].closingBalance", equalTo("380.00"))
                .body("differences[0].amount", equalTo("30.00")).extract().asString();
        assertEquals(first, post("/api/accounts/C-SC/statement-confirmations", differences).statusCode(201).extract().asString(),
                "the same answer sent twice is recorded once");
        String confirmed = "{ \"period\": \"2026-04\", \"confirmedBy\": \"Li Wei (AP)\" }";
        post("/api/accounts/C-SC/statement-confirmations", confirmed).statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("balances[0].closingBalance", equalTo("380.00"))
                .body("differences", empty()).body("from", equalTo("2026-04-01")).body("to", equalTo("2026-04-30"));
        given().get("/api/accounts/C-SC/statement-confirmations").then().statusCode(200)
                .body("status", contains("CONFIRMED", "DIFFERENCES_REPORTED"));

        String thisMonth = calendar.today().toString().substring(0, 7);
        post("/api/accounts/C-SC/statement-confirmations", confirmed.replace("2026-04", thisMonth)).statusCode(422)
                .body("field", equalTo("period"));
        post("/api/accounts/C-SC/statement-confirmations", confirmed.replace("2026-04", "2026-13")).statusCode(400)
                .body("field", equalTo("period"));
        post("/api/accounts/C-SC/statement-confirmations", differences.replace("30.00", "-1")).statusCode(400)
                .body("field", equalTo("differences[0].amount"));
        post("/api/accounts/C-SC/statement-confirmations", "{ \"period\": \"2026-04\" }").statusCode(400)
                .body("field", equalTo("confirmedBy"));
        post("/api/accounts/C-NOBODY-SC/statement-confirmations", confirmed).statusCode(404);
        given().get("/api/accounts/C-SC/statement-confirmations").then().body("$", hasSize(2));
    }

    /**
     * Worked by hand, March 2026 (31 days): INV-A 1,000.00 issued 02-01 due 03-03 is open at the start; 400.00 of it is
     * paid 03-10, the rest is overdue at the end. INV-B 2,000.00 issued 03-05 due 04-04 is current at the end. INV-C
     * 500.00 issued 03-15 due 03-20 is paid 03-25. Sales 2,500.00, collected 900.00, open at the start 1,000.00, at the
     * end 2,600.00 of which 600.00 overdue and 2,000.00 current. DSO = 2,600 / 2,500 x 31 = 32.24 -> 32.2 days;
     * CEI = (1,000 + 2,500 - 2,600) / (1,000 + 2,500 - 2,000) = 900 / 1,500 = 60.0 %; overdue ratio = 600 / 2,600 = 23.1 %.
     */
    @Test
    void dsoAndCeiOnAHandComputedExample() {
        invoice("KPI-A", "C-KPI", "2026-02-01", "2026-03-03", "1000.00");
        payment("KPI-P1", "C-KPI", "2026-03-10", "400.00", "KPI-A");
        invoice("KPI-B", "C-KPI", "2026-03-05", "2026-04-04", "2000.00");
        invoice("KPI-C", "C-KPI", "2026-03-15", "2026-03-20", "500.00");
        payment("KPI-P2", "C-KPI", "2026-03-25", "500.00", "KPI-C");
        given().get("/api/kpis?from=2026-03-01&to=2026-03-31&customerId=C-KPI").then().statusCode(200)
                .body("days", equalTo(31))
                .body("currencies[0].currency", equalTo("CNY"))
                .body("currencies[0].sales", equalTo("2500.00")).body("currencies[0].collected", equalTo("900.00"))
                .body("currencies[0].receivablesAtStart", equalTo("1000.00"))
                .body("currencies[0].receivablesAtEnd", equalTo("2600.00"))
                .body("currencies[0].overdueAtEnd", equalTo("600.00")).body("currencies[0].currentAtEnd", equalTo("2000.00"))
                .body("currencies[0].dso", equalTo("32.2")).body("currencies[0].dsoMethod", equalTo("SIMPLE"))
                .body("currencies[0].cei", equalTo("60.0")).body("currencies[0].overdueRatio", equalTo("23.1"))
                .body("currencies[0].writtenOff", equalTo("0.00"));
        // a month without sales has no DSO, and says so with null rather than a made-up number
        given().get("/api/kpis?from=2026-06-01&to=2026-06-30&customerId=C-KPI").then().statusCode(200)
                .body("currencies[0].dso", nullValue()).body("currencies[0].receivablesAtEnd", equalTo("2600.00"));
        given().get("/api/kpis?from=2026-03-31&to=2026-03-01").then().statusCode(400).body("field", equalTo("from"));
        given().get("/api/kpis?customerId=bad%20id").then().statusCode(400).body("field", equalTo("customerId"));
    }

    @Test
    void creditThatAroseWhileAnInvoiceWasOpenSettlesItWhenItFallsDueAndStandsWrittenOffInAging() {
        LocalDate today = calendar.today();
        invoice("FD-1", "C-FD", today.minusDays(20).toString(), today.minusDays(1).toString(), "300.00");
        invoice("FD-2", "C-FD", today.minusDays(20).toString(), today.plusDays(10).toString(), "100.00");
        // paid against FD-2 only, 150.00: 50.00 credit balance while FD-1 is still open
        post("/api/payments", """
                { "paymentId": "FD-P", "customerId": "C-FD", "amount": "150.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "FD-2", "amount": "100.00" } ] }""".formatted(today.minusDays(5)))
                .statusCode(201).body("unallocated", equalTo("50.00"));
        scan.scan(today);
        given().get("/api/invoices/FD-1").then().statusCode(200).body("openAmount", equalTo("250.00"))
                .body("creditApplied[0].amount", equalTo("50.00")).body("dunningLevel", equalTo(1));
        given().get("/api/accounts/C-FD").then().body("balances[0].credit", equalTo("0.00"))
                .body("balances[0].open", equalTo("250.00"));
        // written off: no longer in the buckets, but WRITTEN_OFF beside the classes
        post("/api/write-offs", """
                { "writeOffId": "FD-WO", "invoiceId": "FD-1", "reason": "Customer insolvent", "approvedBy": "Wang Fang" }""")
                .statusCode(201);
        given().get("/api/aging?customerId=C-FD").then().statusCode(200)
                .body("currencies[0].totals.total", equalTo("0.00"))
                .body("currencies[0].collectionClasses.WRITTEN_OFF", equalTo("250.00"));
        given().get("/api/aging?customerId=C-FD&asOf=" + today.minusDays(1)).then()
                .body("currencies[0].collectionClasses.WRITTEN_OFF", equalTo("0.00"));
    }
}
