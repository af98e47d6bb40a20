package com.getpaid.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.due.DueWorkRunner;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees which complaint: support its own and the unassigned ones, supervisors and credit managers all; pages of free
 * text are bounded; the viewer gets figures, never handlers or their words. Against the real database and broker.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ComplaintScopeServiceTest {

    @Inject
    Clock clock;
    @Inject
    DueWorkRunner dueWork;

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(PlatformTestResource.token(user, List.of(roles))).contentType(ContentType.JSON);
    }

    static final String FORM = """
            { "customerId": "C-4001", "category": "SHIPPING", "channel": "PHONE",
              "description": "Two pallets arrived a week late", "recordedBy": "front desk" }""";

    static String logged(String user) {
        return as(user, Roles.SUPPORT).body(FORM).post("/api/complaints").then().statusCode(201).extract().path("id");
    }

    @Test
    void support_reads_and_acts_on_its_own_and_the_unassigned_complaints_never_a_colleagues() {
        String id = logged("zhou.min");
        // unassigned: any support person may see and take it
        as("li.na", Roles.SUPPORT).get("/api/complaints/" + id).then().statusCode(200);
        as("li.na", Roles.SUPPORT).get("/api/complaints?customerId=C-4001&size=100").then().statusCode(200)
                .body("id", hasItem(id));
        as("zhou.min", Roles.SUPPORT).body("{\"handler\": \"zhou.min\"}").post("/api/complaints/" + id + "/assignment")
                .then().statusCode(200).body("handler", equalTo("zhou.min"));

        // now zhou.min's: to li.na it is not there (no hint it exists), and no step of hers lands on it
        as("li.na", Roles.SUPPORT).get("/api/complaints/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as("li.na", Roles.SUPPORT).get("/api/complaints?customerId=C-4001&size=100").then().statusCode(200)
                .body("id", not(hasItem(id))).body("handler", everyItem(org.hamcrest.Matchers.anyOf(nullValue(),
                        equalTo("li.na"))));
        as("li.na", Roles.SUPPORT).get("/api/complaints?handler=zhou.min").then().statusCode(200).body("id", empty());
        String findings = "{\"findings\": \"Truck broke down\", \"rootCause\": \"CARRIER\"}";
        as("li.na", Roles.SUPPORT).body(findings).post("/api/complaints/" + id + "/investigation").then().statusCode(404)
                .contentType("application/problem+json");
        as("li.na", Roles.SUPPORT).header("Idempotency-Key", "li-1").body(findings)
                .post("/api/complaints/" + id + "/investigation").then().statusCode(404);
        as("li.na", Roles.SUPPORT).body("{\"handler\": \"li.na\"}").post("/api/complaints/" + id + "/assignment").then()
                .statusCode(404);
        as("boss", Roles.SUPERVISOR).get("/api/complaints/" + id).then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("handler", equalTo("zhou.min")).body("findings", nullValue()); // nothing appended

        // the handler, a supervisor and a credit manager see it; collectors read as before
        as("zhou.min", Roles.SUPPORT).get("/api/complaints?customerId=C-4001&size=100").then().body("id", hasItem(id));
        as("wang.fang", Roles.CREDIT_MANAGER).get("/api/complaints/" + id).then().statusCode(200);
        as("chen.li", Roles.COLLECTOR).get("/api/complaints/" + id).then().statusCode(200);
        as("boss", Roles.SUPERVISOR).body(findings).post("/api/complaints/" + id + "/investigation").then().statusCode(200)
                .body("status", equalTo("INVESTIGATING")).body("findings", equalTo("Truck broke down"));
    }

    @Test
    void a_page_of_complaints_is_at_most_100_and_more_is_a_400_naming_size() {
        as("zhou.min", Roles.SUPPORT).get("/api/complaints?size=100").then().statusCode(200);
        as("wang.fang", Roles.CREDIT_MANAGER).get("/api/complaints?size=101").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.contains("size"));
    }

    @Test
    void the_viewer_gets_the_board_and_the_analysis_without_handlers_or_root_causes() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate monday = LocalDate.now(zone).plusWeeks(30).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant at10 = monday.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        AdjustableClock controlled = (AdjustableClock) clock;
        controlled.set(at10);
        String id = logged("zhou.min");
        controlled.set(at10.plus(Duration.ofMinutes(61))); // nobody took it: overdue, to the senior handler
        dueWork.runDue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("boss", Roles.SUPERVISOR).get("/api/complaints/" + id)
                .then().body("handler", equalTo("senior-handler")));
        as("boss", Roles.SUPERVISOR).body("{\"findings\": \"Late truck\", \"rootCause\": \"Driver Wang overslept\"}")
                .post("/api/complaints/" + id + "/investigation").then().statusCode(200);

        String item = "dispatchOverdue.find { it.complaintId == '" + id + "' }";
        as("zhou.min", Roles.SUPPORT).get("/api/complaints/board").then().statusCode(200)
                .body(item + ".handler", equalTo("senior-handler"));
        as("zhao.min", Roles.VIEWER).get("/api/complaints/board").then().statusCode(200)
                .body(item + ".customerId", equalTo("C-4001")).body(item + ".handler", nullValue())
                .body("dispatchOverdue.handler", everyItem(nullValue()));
        String day = "/api/complaints/analysis?from=" + monday + "&to=" + monday;
        as("wang.fang", Roles.CREDIT_MANAGER).get(day).then().statusCode(200)
                .body("byRootCause.key", hasItem("Driver Wang overslept"));
        as("zhao.min", Roles.VIEWER).get(day).then().statusCode(200).body("complaints", equalTo(1))
                .body("byCustomer[0].key", equalTo("C-4001")).body("dispatch.breached", equalTo(1))
                .body("byRootCause", empty());
    }
}
