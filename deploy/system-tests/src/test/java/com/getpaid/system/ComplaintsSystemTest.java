package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two complaints across the running services on a controlled clock. One goes through every state, with an approval
 * above the threshold and a reopening: its invoice leaves dunning while disputed, the compensation becomes a credit note
 * in receivables, each call-back task falls due 72 hours after its carrying out, and closing it returns what is still
 * open to dunning. The other is logged late on a Monday and nobody takes it within 60 business minutes: it is flagged
 * and escalated on Tuesday morning. The analysis answers on the two.
 */
class ComplaintsSystemTest extends RunningPlatform {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate D0 = LocalDate.of(2027, 3, 1); // a Monday

    @BeforeAll
    static void start() throws Exception {
        startOnAControlledClock("complaints", platform -> {
        });
    }

    /** Every service's clock at {@code time} in Shanghai on day {@code day}. */
    static Instant at(int day, String time) {
        return setClocks(D0.plusDays(day).atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant());
    }

    static void scan(int day) {
        send("admin", "POST", url("receivables", "/admin/dunning/scan"), "").statusCode(200)
                .body("asOf", equalTo(D0.plusDays(day).toString()));
    }

    /** A person with a role: support acts on the complaints assigned to it, a collector sees its own customers' tasks. */
    static io.restassured.specification.RequestSpecification asUser(String user, String role) {
        return io.restassured.RestAssured.given().auth().oauth2(platform.tokens().issue(user, java.util.List.of(role)))
                .contentType(io.restassured.http.ContentType.JSON);
    }

    /** zhou.min of customer service, who handles the first complaint once it is assigned to her. */
    static io.restassured.specification.RequestSpecification zhou() {
        return asUser("zhou.min", "support");
    }

    static io.restassured.response.ValidatableResponse step(io.restassured.specification.RequestSpecification who, String id,
            String step, String body) {
        return who.contentType(io.restassured.http.ContentType.JSON).body(body)
                .post(url("complaint", "/api/complaints/" + id + "/" + step)).then().statusCode(200);
    }

    static void invoiceShows(String field, Object value) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("erp").get(url("receivables", "/api/invoices/CS-1"))
                .then().body(field, equalTo(value)));
    }

    @Test
    void oneComplaintThroughEveryStateAndOneWhoseDispatchIsOverdue() {
        at(0, "09:00");
        send("erp", "PUT", url("customer", "/api/customers/C-CS"), """
                { "name": "Complaining Buyer Ltd", "email": "ap@complaining.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY",
                  "collection": { "accountManager": "li.na" } }""").statusCode(201);
        send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "CS-1", "customerId": "C-CS", "issueDate": "%s", "dueDate": "%s", "amount": "2000.00",
                  "currency": "CNY" }""".formatted(D0.minusDays(35), D0.minusDays(5))).statusCode(201);
        scan(0); // five days past due: the friendly reminder
        invoiceShows("dunningLevel", 1);

        // logged at 10:00 with all of CS-1 disputed, taken at 10:30
        at(0, "10:00");
        String a = send("support", "POST", url("complaint", "/api/complaints"), """
                { "customerId": "C-CS", "category": "PRODUCT_QUALITY", "channel": "PHONE",
                  "description": "Forty valves leak", "recordedBy": "front desk", "contactPerson": "Ms Wu (purchasing)",
                  "product": { "name": "Valve V-8", "batchNumber": "B-0215" }, "invoiceIds": ["CS-1"],
                  "disputedAmount": "2000.00", "currency": "CNY" }""").statusCode(201).extract().path("id");
        invoiceShows("disputedAmount", "2000.00");
        at(0, "10:30");
        step(as("support"), a, "assignment", "{ \"handler\": \"zhou.min\", \"assignedBy\": \"front desk\" }");
        // zhou.min's now: to the front desk (another support person) it is not there, and its steps land nowhere
        as("support").get(url("complaint", "/api/complaints/" + a)).then().statusCode(404);
        send("support", "POST", url("complaint", "/api/complaints/" + a + "/investigation"), "{ \"findings\": \"x\", "
                + "\"rootCause\": \"y\" }").statusCode(404);
        as("support").get(url("complaint", "/api/complaints?customerId=C-CS")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(a)));
        zhou().get(url("complaint", "/api/complaints?customerId=C-CS")).then().body("id", contains(a));
        step(zhou(), a, "investigation", "{ \"findings\": \"Seals of batch B-0215 too thin\", \"rootCause\": \"SUPPLIER_SEAL\", "
                + "\"investigatedBy\": \"zhou.min\" }").body("status", equalTo("INVESTIGATING"));
        // 1200.00 is above the threshold: a credit manager approves
        step(zhou(), a, "resolution", "{ \"remedy\": \"COMPENSATION\", \"amount\": \"1200.00\", \"currency\": \"CNY\", "
                + "\"proposedBy\": \"zhou.min\" }").body("status", equalTo("RESOLUTION_PROPOSED"));
        zhou().body("{ \"acceptedBy\": \"Ms Wu\" }").post(url("complaint", "/api/complaints/" + a + "/acceptance")).then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("needs it APPROVED"));
        step(as("credit-manager"), a, "approval", "{ \"approvedBy\": \"Wang Fang\" }").body("status", equalTo("APPROVED"));
        step(zhou(), a, "acceptance", "{ \"acceptedBy\": \"Ms Wu\" }").body("status", equalTo("ACCEPTED"));
        Instant executed = at(0, "11:00");
        String due = step(zhou(), a, "execution", "{ \"department\": \"FINANCE\", \"recordedBy\": \"zhou.min\" }")
                .body("status", equalTo("CARRIED_OUT")).extract().path("callbackDue");
        Duration callbackAfter = Duration.between(executed, Instant.parse(due)); // the clock runs on from 11:00
        assertTrue(!callbackAfter.minusHours(72).isNegative() && callbackAfter.minusHours(72).toMinutes() < 1,
                "call-back due 72 hours after carrying out, not " + callbackAfter);
        // the compensation is a credit note off CS-1 that settles that much of the dispute (never subtracted twice);
        // the rest stays disputed until the complaint closes
        invoiceShows("openAmount", "800.00");
        as("erp").get(url("receivables", "/api/invoices/CS-1")).then().body("creditNotes[0].creditNoteId", equalTo("CN-" + a))
                .body("disputedAmount", equalTo("800.00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zhou()
                .get(url("notification", "/api/follow-ups?customerId=C-CS&kind=COMPLAINT_CALLBACK")).then()
                .body("dueAt", contains(due)).body("assignee", contains("zhou.min")));
        // her task: the front desk does not see it, nor another collector than the customer's (li.na)
        as("support").get(url("notification", "/api/follow-ups?customerId=C-CS")).then().statusCode(200)
                .body("", org.hamcrest.Matchers.empty());
        as("collector").get(url("notification", "/api/follow-ups?customerId=C-CS")).then().body("", org.hamcrest.Matchers.empty());
        asUser("li.na", "collector").get(url("notification", "/api/follow-ups?customerId=C-CS&kind=COMPLAINT_CALLBACK")).then()
                .body("assignee", contains("zhou.min"));

        // day 2: reached, not satisfied: reopened to its handler, a replacement carried out, a new call-back 72 hours on
        at(2, "15:00");
        step(zhou(), a, "callbacks", "{ \"reached\": true, \"satisfied\": false, \"note\": \"Two valves still leak\", "
                + "\"calledBy\": \"zhou.min\" }").body("status", equalTo("ASSIGNED")).body("handler", equalTo("zhou.min"))
                .body("reopened", equalTo(1));
        step(zhou(), a, "investigation", "{ \"findings\": \"Two seals missed\", \"rootCause\": \"SUPPLIER_SEAL\", "
                + "\"investigatedBy\": \"zhou.min\" }");
        step(zhou(), a, "resolution", "{ \"remedy\": \"REPLACEMENT\", \"note\": \"Two valves\", \"proposedBy\": \"zhou.min\" }")
                .body("status", equalTo("APPROVED"));
        step(zhou(), a, "acceptance", "{ \"acceptedBy\": \"Ms Wu\" }");
        String due2 = step(zhou(), a, "execution", "{ \"department\": \"WAREHOUSE\", \"recordedBy\": \"zhou.min\" }")
                .extract().path("callbackDue");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> zhou()
                .get(url("notification", "/api/follow-ups?customerId=C-CS&kind=COMPLAINT_CALLBACK")).then()
                .body("dueAt", contains(due, due2)));

        // day 4: not reached (the first call of this carrying out, in time)
        at(4, "10:00");
        step(zhou(), a, "callbacks", "{ \"reached\": false, \"calledBy\": \"zhou.min\" }").body("status", equalTo("CARRIED_OUT"))
                .body("callbackAttempts", equalTo(1));

        // day 10, when the firm reminder would fall due: CS-1 is disputed, so nothing is sent
        at(10, "10:00");
        scan(10);
        invoiceShows("dunningLevel", 1);

        // day 11: satisfied; closed, its dispute settled; on day 16 the 800.00 still open gets the firm reminder
        at(11, "09:30");
        step(zhou(), a, "callbacks", "{ \"reached\": true, \"satisfied\": true, \"calledBy\": \"zhou.min\" }")
                .body("status", equalTo("CLOSED"));
        invoiceShows("disputedAmount", "0.00");
        at(16, "10:00");
        scan(16);
        invoiceShows("dunningStage", "FIRM_REMINDER");
        as("erp").get(url("receivables", "/api/invoices/CS-1")).then().body("openAmount", equalTo("800.00"));

        // Monday day 21, 17:00: logged; nobody takes it; due Tuesday 09:00 (business hours 08:30 to 17:30)
        at(21, "17:00");
        String b = send("support", "POST", url("complaint", "/api/complaints"), """
                { "customerId": "C-CS", "category": "SHIPPING", "channel": "EMAIL", "description": "Delivery a day late",
                  "recordedBy": "front desk" }""").statusCode(201).extract().path("id");
        as("support").get(url("complaint", "/api/complaints/" + b)).then()
                .body("dispatchDue", org.hamcrest.Matchers.startsWith("2027-03-23T01:00:00")); // Tuesday 09:00 in Shanghai
        at(22, "08:59");
        as("support").get(url("complaint", "/api/complaints/board")).then().body("dispatchOverdue", org.hamcrest.Matchers.empty());
        at(22, "09:01");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("complaint", "/api/complaints/" + b))
                .then().body("dispatchOverdue", equalTo(true)).body("handler", equalTo("senior-handler"))
                .body("status", equalTo("ASSIGNED")));
        as("support").get(url("complaint", "/api/complaints/" + b)).then().statusCode(404); // the senior handler's now
        as("support").get(url("complaint", "/api/complaints/board")).then().body("dispatchOverdue.complaintId", contains(b))
                .body("dispatchOverdue.handler", contains("senior-handler"));
        as("viewer").get(url("complaint", "/api/complaints/board")).then().body("dispatchOverdue.complaintId", contains(b))
                .body("dispatchOverdue.handler", contains(org.hamcrest.Matchers.nullValue())); // figures, never people
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor")
                .get(url("notification", "/api/follow-ups?customerId=C-CS&kind=COMPLAINT_DISPATCH_OVERDUE")).then()
                .body("about", contains(b)).body("assignee", contains("senior-handler")));
        // the card shows the complaint still open, and not the closed one
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("supervisor").get(url("customer", "/api/customers/C-CS"))
                .then().body("openComplaints.complaintId", contains(b)));

        // the analysis of the period: two complaints, one dispatch met and one breached, both call-backs in time,
        // one of two reached customers satisfied
        as("credit-manager").get(url("complaint", "/api/complaints/analysis?from=" + D0 + "&to=" + D0.plusDays(22))).then()
                .statusCode(200).body("complaints", equalTo(2))
                .body("byCategory.key", contains("PRODUCT_QUALITY", "SHIPPING"))
                .body("byBatch.key", hasItem("B-0215")).body("byRootCause.key", hasItem("SUPPLIER_SEAL"))
                .body("dispatch.met", equalTo(1)).body("dispatch.breached", equalTo(1)).body("dispatch.compliance", equalTo("50.0"))
                .body("callback.met", equalTo(2)).body("callback.breached", equalTo(0))
                .body("callback.compliance", equalTo("100.0"))
                .body("satisfaction.reached", equalTo(2)).body("satisfaction.satisfied", equalTo(1))
                .body("satisfaction.rate", equalTo("50.0"));
        as("viewer").get(url("complaint", "/api/complaints/analysis?from=" + D0 + "&to=" + D0.plusDays(22))).then()
                .statusCode(200).body("complaints", equalTo(2)).body("dispatch.breached", equalTo(1))
                .body("byRootCause", org.hamcrest.Matchers.empty()); // the handlers' words are not a dashboard's
    }
}
