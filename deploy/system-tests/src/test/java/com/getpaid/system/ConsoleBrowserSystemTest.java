package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.local.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The operations console in a real headless Chromium against the running platform, the way its people use it: a
 * collector's morning and a promise that pauses dunning, a refusal in the service's words, a payment from the ERP
 * showing on the open page, a credit manager lifting a hold and asking about the day before, customer service taking
 * a complaint from logged to closed, a viewer who sees no contact details, the language switch, sign-in and
 * sign-out. It leaves a screenshot of every page in docs/console.
 */
class ConsoleBrowserSystemTest extends RunningPlatform {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.now(ZONE);
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        start("console", platform -> platform.onAdjustableClock("customer"));
        platform.startConsole(Ports.free(1)[0]);
        seed();
        browser = new Browser(platform.consoleUrl(), Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Three customers of Li Na's and one more; two overdue invoices of different size and age; one open. */
    static void seed() {
        customer("C-2001", "华东五金批发有限公司", "ap@huadong.example", "zh-CN", "li.na");
        customer("C-2002", "Pearl River Tools Ltd", "ap@pearlriver.example", "en", "li.na");
        customer("C-2004", "Jade Valves Ltd", "ap@jade.example", "en", "zhou.min");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("receivables",
                "/api/worklist?collector=li.na")).then().statusCode(200));
        invoice("INV-2001-1", "C-2001", TODAY.minusDays(45), "4000.00");
        invoice("INV-2002-1", "C-2002", TODAY.minusDays(35), "300.00");
        invoice("INV-2002-2", "C-2002", TODAY.minusDays(10), "800.00");
        invoice("INV-2004-1", "C-2004", TODAY.minusDays(33), "200.00");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("receivables",
                "/api/worklist?collector=li.na")).then().body("customerId", org.hamcrest.Matchers.contains("C-2001", "C-2002")));
        // a customer registered and held yesterday by the credit manager, on customer-service's clock (its events then
        // happened yesterday, in order)
        Instant yesterday = TODAY.minusDays(1).atTime(10, 0).atZone(ZONE).toInstant();
        send("admin", "PUT", url("customer", "/admin/clock"), "{ \"now\": \"" + yesterday + "\" }").statusCode(200);
        customer("C-2003", "Delta Fasteners Co", "ap@delta.example", "en", "li.na");
        as("credit-manager").contentType("application/json").body("""
                { "reason": "Owner unreachable since the warehouse moved", "placedBy": "wang.fang" }""")
                .post(url("customer", "/api/customers/C-2003/holds")).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        send("admin", "PUT", url("customer", "/admin/clock"), "{ \"now\": \"" + Instant.now() + "\" }").statusCode(200);
    }

    static void customer(String id, String name, String email, String language, String manager) {
        send("erp", "PUT", url("customer", "/api/customers/" + id), """
                { "name": "%s", "email": "%s", "preferredLanguage": "%s", "paymentTerms": { "type": "NET_DAYS", "days": 30 },
                  "creditLimit": "50000.00", "currency": "CNY", "collection": { "accountManager": "%s", "settlementDay": 25 } }"""
                .formatted(name, email, language, manager)).statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    static void invoice(String id, String customer, LocalDate issued, String amount) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, issued, amount)).statusCode(201).body("status", org.hamcrest.Matchers.not("AWAITING_TERMS")));
    }

    @Test
    void aCollectorSeesTheMostOverdueCustomerFirstAndAPromiseThatPausesDunning() throws Exception {
        browser.signIn("li.na", "/");
        List<String> order = browser.all("#worklist tr[data-customer]").stream().map(r -> r.getAttribute("data-customer")).toList();
        assertEquals(List.of("C-2001", "C-2002"), order.subList(0, 2), "the bigger, older overdue amount first");
        assertTrue(browser.text("#worklist tr[data-customer='C-2001']").contains("4,000.00 CNY"));
        browser.screenshot("today-en");

        browser.click("#promise-C-2001");
        browser.find("#form-promise");
        browser.fill("#promise-promisedFor", TODAY.plusDays(5).toString()).click("#promise-submit");
        assertTrue(browser.text("#done-promise").contains("Promise recorded"));

        browser.open("/customers/C-2001");
        browser.waitForText("#invoices tr[data-invoice='INV-2001-1'] .why", "dunning paused until " + TODAY.plusDays(7),
                Duration.ofSeconds(10));
        assertTrue(browser.text("#promises").contains("li.na"), "the promise says who recorded it: the signed-in person");
        browser.screenshot("customer-360");
    }

    @Test
    void aRefusedActionShowsTheServicesReasonAndChangesNothing() {
        browser.signIn("li.na", "/");
        browser.click("#promise-C-2002");
        browser.fill("#promise-amount", "99999.00").fill("#promise-promisedFor", TODAY.plusDays(3).toString())
                .click("#promise-submit");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.present("#form-promise .error, #form-promise .problem"));
        String said = browser.text("#form-promise .error, #form-promise .problem");
        assertFalse(said.isBlank(), "the service's own words");
        assertFalse(browser.present("#done-promise"));
        as("supervisor").get(url("receivables", "/api/promises?customerId=C-2002")).then().statusCode(200).body("$", empty());
    }

    @Test
    void aPaymentFromTheErpShowsOnTheOpenPageWithinFiveSeconds() {
        browser.signIn("wang.fang", "/customers/C-2004"); // not li.na's customer: she would not find it
        assertTrue(browser.present("#invoices tr[data-invoice='INV-2004-1']"));
        send("erp", "POST", url("receivables", "/api/payments"), """
                { "paymentId": "BANK-2004-1", "customerId": "C-2004", "amount": "200.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "INV-2004-1", "amount": "200.00" } ] }""".formatted(TODAY)).statusCode(201);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> !browser.present("#invoices tr[data-invoice='INV-2004-1']")
                        && browser.present("#closed-invoices tr[data-invoice='INV-2004-1']"));
        browser.assertNoConsoleErrors("/customers/C-2004 after its live refresh");
    }

    @Test
    void aCreditManagerLiftsAHoldAndCustomer360ShowsWhoAndWhyAndTheDayBefore() throws Exception {
        browser.signIn("wang.fang", "/credit");
        assertTrue(browser.present("#holds tr[data-customer='C-2003']"), "the customer on hold is listed");
        browser.screenshot("credit");
        browser.open("/customers/C-2003");
        assertTrue(browser.text("#hold-state").contains("On hold"));
        browser.click("#lift-hold").fill("#release-reason", "Bank guarantee received").click("#release-submit");
        browser.find("#done-release");
        browser.waitForText("#hold-state", "Supplied", Duration.ofSeconds(5));
        String decisions = browser.text("#hold-decisions");
        assertTrue(decisions.contains("Hold lifted") && decisions.contains("wang.fang") && decisions.contains("Bank guarantee received"),
                decisions);

        browser.open("/customers/C-2003?holdOn=" + TODAY.minusDays(1));
        assertTrue(browser.text("#hold-state").contains("On hold"), "on hold the day before");
        assertTrue(browser.text("#hold-reasons").contains("MANUAL_HOLD"));
        assertFalse(browser.text("#hold-decisions").contains("Bank guarantee received"), "the lifting came later");
    }

    @Test
    void customerServiceTakesAComplaintFromLoggedToClosedThroughItsPage() throws Exception {
        browser.signIn("front.desk", "/complaints");
        browser.click("#log-complaint");
        browser.fill("#complaint-customerId", "C-2002").fill("#complaint-category", "PRODUCT_QUALITY")
                .fill("#complaint-channel", "PHONE").fill("#complaint-description", "Cracked housings in batch 2411")
                .fill("#complaint-product\\.name", "Hinge H-30").fill("#complaint-product\\.batchNumber", "2411")
                .click("#complaint-submit");
        browser.click("#done-complaint a");
        assertEquals("Logged", browser.text("#complaint-status"));

        step("assignment", "Assigned", "#assignment-handler", "front.desk"); // hers: support acts on its own complaints
        step("investigation", "Investigating", "#investigation-findings", "Housings too brittle", "#investigation-rootCause",
                "MOULD_TEMPERATURE");
        step("resolution", "Approved", "#resolution-remedy", "APOLOGY", "#resolution-note", "Apology and replacement parts");
        step("acceptance", "Accepted", "#acceptance-acceptedBy", "Mr Zhang");
        step("execution", "Carried out", "#execution-department", "SERVICE");
        browser.screenshot("complaint");
        step("callback", "Closed", "#callback-reached", "yes", "#callback-satisfied", "yes");
        assertTrue(browser.text("#timeline").contains("front.desk"), "logged by the signed-in person");
        assertTrue(browser.text("#steps").contains("closed"));

        browser.open("/complaints");
        browser.screenshot("complaints");
    }

    /** One workflow step from the complaint's page: the form, its fields, and the new state shown. */
    private static void step(String action, String status, String... fieldsAndValues) {
        browser.click("#step-" + action);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            browser.fill(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        browser.click("#" + action + "-submit");
        browser.find("#done-" + action);
        browser.waitForText("#complaint-status", status, Duration.ofSeconds(5));
    }

    @Test
    void aViewerSeesNoContactDetails() throws Exception {
        browser.signIn("li.na", "/customers/C-2001");
        assertTrue(browser.driver().getPageSource().contains("ap@huadong.example"), "a collector sees the address");
        browser.signIn("zhao.min", "/customers/C-2001");
        assertTrue(browser.text("#card").contains("华东五金批发有限公司"));
        assertFalse(browser.driver().getPageSource().contains("ap@huadong.example"));
        assertTrue(browser.all("#card .contact").isEmpty());
        browser.open("/receivables");
        browser.find("#aging canvas");
        browser.screenshot("receivables");
    }

    @Test
    void theLanguageSwitchChangesEveryLabelAndIsRemembered() throws Exception {
        browser.signIn("li.na", "/");
        List<String> english = labels();
        browser.click("#lang-zh");
        browser.find("html[lang='zh-CN']");
        List<String> chinese = labels();
        assertEquals(english.size(), chinese.size());
        assertTrue(english.size() > 20, "labels compared: " + english.size());
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(english.get(i), chinese.get(i), "label " + i + " is the same in both languages");
        }
        browser.screenshot("today-zh");
        browser.open("/receivables");
        assertEquals("zh-CN", browser.find("html").getAttribute("lang"), "the choice is remembered");
        browser.click("#lang-en");
        browser.find("html[lang='en']");
    }

    private static List<String> labels() {
        return browser.all("main h1, main h2, main th, main button, header nav a").stream().map(WebElement::getText)
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void eachPersonSeesTheirPagesAndAnExpiredSessionComesBackToThePageAskedFor() throws Exception {
        browser.signIn("ops.admin", "/operations");
        assertEquals(4, browser.all("#services tr[data-service]").size());
        assertTrue(browser.text("#services").contains("UP"));
        assertFalse(browser.present("#nav-today"), "an admin has no worklist");
        browser.screenshot("operations");

        browser.signIn("wang.fang", "/credit");
        browser.driver().manage().deleteCookieNamed("getpaid-session"); // as when it has expired
        browser.open("/complaints");
        assertTrue(browser.driver().getCurrentUrl().contains("/sign-in?then=%2Fcomplaints"), browser.driver().getCurrentUrl());
        browser.click("#as-wang\\.fang");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().endsWith("/complaints"));

        browser.click("#sign-out");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver().getCurrentUrl().contains("/sign-in"));
        browser.open("/credit");
        assertTrue(browser.driver().getCurrentUrl().contains("/sign-in"), "signed out");
        browser.screenshot("sign-in");
    }

}
