package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.getpaid.local.Mailbox;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer with five invoices through 75 days of a controlled clock, across the four running services: notes before
 * the due date, each step of the ladder once, one letter per step, a partial payment that changes the next letter's
 * amount, a promise that pauses and is broken, a dispute through a complaint that takes an invoice out of dunning and
 * the hold, the worklist's order on the settlement day, and a mailbox that holds exactly the letters expected, in
 * the customer's language, never on the Sunday it refuses.
 */
class SeventyFiveDaysSystemTest extends RunningPlatform {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate D0 = LocalDate.of(2027, 3, 1); // a Monday
    static final String EMAIL = "ap@seventyfive.example";
    @BeforeAll
    static void start() throws Exception {
        startOnAControlledClock("scenario", platform -> {
        });
    }

    /** Every service's clock at 10:00 in Shanghai on day {@code day}. */
    static void dayOf(int day) {
        setClocks(D0.plusDays(day).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
    }

    static void invoice(String id, String customer, int dueDay, String amount) {
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, D0, D0.plusDays(dueDay), amount)).statusCode(201);
    }

    /** A letter the mailbox must hold: the day it goes out and its subject. */
    record Letter(int day, String subject) {
    }

    static final List<Letter> LETTERS = List.of(
            new Letter(3, "温馨提示：2 张发票即将到期"),
            new Letter(9, "温馨提示：2 张发票即将到期"),
            new Letter(11, "温馨提示：2 张发票已到期"),
            new Letter(14, "温馨提示：发票 S75-3 将于 2027-03-21 到期"), // due on Sunday the 13th: sent on Monday
            new Letter(23, "温馨提示：发票 S75-4 将于 2027-03-31 到期"),
            new Letter(25, "再次提醒：发票 S75-1 已逾期 15 天"), // 600.00 after the partial payment
            new Letter(29, "温馨提示：发票 S75-4 将于 2027-03-31 到期"),
            new Letter(31, "温馨提示：发票 S75-4 已到期"),
            new Letter(33, "温馨提示：发票 S75-5 将于 2027-04-10 到期"),
            new Letter(39, "温馨提示：发票 S75-5 将于 2027-04-10 到期"),
            new Letter(40, "最后通知：发票 S75-1 逾期未付，将暂停供货"),
            new Letter(42, "温馨提示：发票 S75-5 已到期"), // Sunday the 41st: sent on Monday
            new Letter(43, "最后通知：发票 S75-2 逾期未付，将暂停供货"), // promise broken: no firm reminder, the final notice
            new Letter(45, "再次提醒：发票 S75-4 已逾期 15 天"),
            new Letter(56, "再次提醒：发票 S75-5 已逾期 15 天"), // Sunday the 55th: sent on Monday
            new Letter(60, "最后通知：发票 S75-4 逾期未付，将暂停供货"),
            new Letter(70, "最后通知：发票 S75-5 逾期未付，将暂停供货"));

    @Test
    void fiveInvoicesThroughSeventyFiveDays() {
        dayOf(0);
        send("erp", "PUT", url("customer", "/api/customers/C-S75"), """
                { "name": "七十五日贸易有限公司", "email": "%s", "preferredLanguage": "zh-CN",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "4500.00", "currency": "CNY",
                  "collection": { "accountManager": "li.na", "settlementDay": 19, "avoidWeekdays": ["SUNDAY"] } }"""
                .formatted(EMAIL)).statusCode(201);
        send("erp", "PUT", url("customer", "/api/customers/C-S76"), """
                { "name": "Bigger Late Ltd", "email": "ap@bigger.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "100000.00", "currency": "CNY",
                  "collection": { "accountManager": "li.na" } }""").statusCode(201);
        // without a due date: the customer's terms (30 days) decide it, once receivables has them
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "S75-1", "customerId": "C-S75", "issueDate": "%s", "amount": "1000.00", "currency": "CNY" }"""
                .formatted(D0.minusDays(20))).statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("erp").get(url("receivables", "/api/invoices/S75-1"))
                .then().body("dueDate", equalTo(D0.plusDays(10).toString())));
        invoice("S75-2", "C-S75", 10, "1000.00");
        invoice("S75-3", "C-S75", 20, "1000.00");
        invoice("S75-4", "C-S75", 30, "1000.00");
        invoice("S75-5", "C-S75", 40, "1000.00");
        invoice("S76-1", "C-S76", 8, "5000.00");
        // 5000.00 open against a 4500.00 limit: supply is held
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-S75"))
                .then().body("hold.active", equalTo(true)).body("hold.reasons.code", contains("CREDIT_LIMIT_EXCEEDED")));

        for (int day = 0; day <= 75; day++) {
            dayOf(day);
            LocalDate today = D0.plusDays(day);
            if (day == 12) { // 400.00 paid on S75-1, before its firm reminder
                send("erp", "POST", url("receivables", "/api/payments"), """
                        { "paymentId": "S75-P1", "customerId": "C-S75", "amount": "400.00", "currency": "CNY", "receivedOn": "%s",
                          "allocations": [ { "invoiceId": "S75-1", "amount": "400.00" } ] }""".formatted(today)).statusCode(201);
            }
            if (day == 14) { // S75-2 promised for day 40: paused until day 42, broken on day 43
                send("supervisor", "POST", url("receivables", "/api/promises"), """
                        { "promiseId": "S75-PTP", "customerId": "C-S75", "invoiceIds": ["S75-2"], "amount": "1000.00",
                          "currency": "CNY", "promisedFor": "%s", "recordedBy": "Li Na" }""".formatted(D0.plusDays(40)))
                        .statusCode(201);
            }
            if (day == 16) { // a complaint disputes all of S75-3: out of dunning, and out of the exposure that holds
                send("support", "POST", url("complaint", "/api/complaints"), """
                        { "customerId": "C-S75", "category": "PRODUCT_QUALITY", "channel": "PHONE",
                          "description": "S75-3 delivered the wrong model", "recordedBy": "front desk",
                          "invoiceIds": ["S75-3"], "disputedAmount": "1000.00", "currency": "CNY" }""").statusCode(201);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor")
                        .get(url("customer", "/api/customers/C-S75")).then().body("hold.active", equalTo(false))
                        .body("exposure[0].disputed", equalTo("1000.00")).body("exposure[0].open", equalTo("3600.00")));
            }
            send("admin", "POST", url("receivables", "/admin/dunning/scan"), "").statusCode(200)
                    .body("asOf", equalTo(today.toString()));
            int due = day;
            long expected = LETTERS.stream().filter(l -> l.day() <= due).count();
            // the letters due by today are out (the acknowledgement of the complaint besides)
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(expected, letters().size(),
                    "letters sent by day " + due));
            if (day == 18) { // the customer's settlement day is tomorrow: it comes first, to be visited
                as("supervisor").get(url("receivables", "/api/worklist?collector=li.na")).then().statusCode(200)
                        .body("customerId", contains("C-S75", "C-S76")).body("[0].action", equalTo("VISIT"))
                        .body("[0].overdueAmount", equalTo("600.00"));
            }
            if (day == 25) { // a week later the bigger debt leads
                as("supervisor").get(url("receivables", "/api/worklist?collector=li.na")).then()
                        .body("customerId", contains("C-S76", "C-S75"));
            }
        }

        List<Map<String, Object>> sent = letters();
        List<Letter> actual = new ArrayList<>();
        for (Map<String, Object> n : sent) {
            LocalDate on = Instant.parse((String) n.get("sentAt")).atZone(SHANGHAI).toLocalDate();
            assertNotEquals(DayOfWeek.SUNDAY, on.getDayOfWeek(), "a letter on the Sunday the customer refuses: " + n);
            assertEquals("zh-CN", n.get("language"));
            actual.add(new Letter((int) java.time.temporal.ChronoUnit.DAYS.between(D0, on), (String) n.get("subject")));
        }
        actual.sort(java.util.Comparator.comparing(Letter::day).thenComparing(Letter::subject));
        List<Letter> expected = new ArrayList<>(LETTERS);
        expected.sort(java.util.Comparator.comparing(Letter::day).thenComparing(Letter::subject));
        assertEquals(expected, actual);
        // the mailbox holds exactly those, and the complaint's acknowledgement
        List<String> subjects = new ArrayList<>(Mailbox.read(settings.imapPort(), EMAIL).stream()
                .map(Mailbox.Email::subject).toList());
        List<String> wanted = new ArrayList<>(LETTERS.stream().map(Letter::subject).toList());
        wanted.add("您的投诉已受理（编号 CMP-000001）");
        subjects.sort(null);
        wanted.sort(null);
        assertEquals(wanted, subjects);
        // the ladder's last step is a task for the account manager, for each invoice that reached it
        liNa().get(url("notification", "/api/follow-ups?customerId=C-S75")).then()
                .body("findAll { it.kind == 'ESCALATION' }.about", org.hamcrest.Matchers.containsInAnyOrder("S75-1#4", "S75-2#4"));
        as("supervisor").get(url("receivables", "/api/promises?customerId=C-S75")).then().body("[0].status", equalTo("BROKEN"));
        // the firm reminder of S75-1 showed what was left after the partial payment
        String firm = Mailbox.read(settings.imapPort(), EMAIL).stream()
                .filter(m -> m.subject().equals("再次提醒：发票 S75-1 已逾期 15 天")).findFirst().orElseThrow().body();
        org.junit.jupiter.api.Assertions.assertTrue(firm.contains("600.00 CNY"), firm);
    }

    /** li.na, the customers' account manager: a collector sees the tasks and letters of the customers she manages. */
    static io.restassured.specification.RequestSpecification liNa() {
        return io.restassured.RestAssured.given().auth().oauth2(platform.tokens().issue("li.na", List.of("collector")));
    }

    /** The dunning letters sent to the customer so far. */
    static List<Map<String, Object>> letters() {
        JsonPath all = liNa().get(url("notification", "/api/notifications?customerId=C-S75")).then().extract()
                .jsonPath();
        return all.<Map<String, Object>>getList("").stream().filter(n -> "SENT".equals(n.get("status")))
                .filter(n -> !"COMPLAINT_ACKNOWLEDGEMENT".equals(n.get("kind"))).toList();
    }
}
