package com.getpaid.customer.hold;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Manual holds, risk signals and the hold on any date, over HTTP against the real database and broker. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class HoldsAndRiskTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static ValidatableResponse call(String role, String method, String path, String body) {
        var request = given().auth().oauth2(PlatformTestResource.token("someone", List.of(role)));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path).then();
    }

    static void register(String id) {
        call(Roles.ERP, "PUT", "/api/customers/" + id, """
                { "name": "Risky Trading", "email": "ap@risky.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "5000.00", "currency": "CNY",
                  "collection": { "accountManager": "li.na" } }""").statusCode(201);
    }

    @Test
    void a_high_signal_stops_supply_until_a_credit_manager_lifts_it_and_any_earlier_moment_is_answered() {
        register("C-RISK");
        Instant before = Instant.now();
        call(Roles.SUPERVISOR, "POST", "/api/customers/C-RISK/risk-signals", """
                { "signal": "RELOCATION_OR_CLOSURE", "severity": "HIGH", "note": "Warehouse emptied, phone disconnected",
                  "reportedBy": "li.na" }""").statusCode(201).body("placesHold", equalTo(true))
                .body("source", equalTo("someone (li.na)")); // the token's user, the body's name beside it
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK", null).body("hold.active", equalTo(true))
                .body("hold.reasons.code", contains("RISK_SIGNAL"));
        call(Roles.ERP, "POST", "/api/customers/C-RISK/shipment-clearance", "{ \"amount\": \"10.00\", \"currency\": \"CNY\" }")
                .statusCode(200).body("cleared", equalTo(false)).body("reasons.code", hasItem("RISK_SIGNAL"));
        call(Roles.VIEWER, "GET", "/api/customers?onHold=true&size=100", null).body("customerId", hasItem("C-RISK"));

        String release = "{ \"reason\": \"Moved to a new warehouse, visited\", \"releasedBy\": \"Wang Fang\" }";
        call(Roles.SUPERVISOR, "POST", "/api/customers/C-RISK/holds/release", release).statusCode(403);
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-RISK/holds/release", release).statusCode(200)
                .body("onHold", equalTo(false));
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-RISK/holds/release", release).statusCode(409);

        // a manual hold, then the answers for each moment
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-RISK/holds", "{ \"reason\": \"Owner in court\", "
                + "\"placedBy\": \"Wang Fang\" }").statusCode(200).body("onHold", equalTo(true))
                .body("reasons.code", contains("MANUAL_HOLD"))
                // who placed it is the token's user; the body's name only beside it
                .body("reasons[0].message", equalTo("Held by hand by someone (Wang Fang): Owner in court"));
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK/holds?asOf=" + before, null).statusCode(200)
                .body("onHold", equalTo(false));
        ValidatableResponse now = call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK/holds", null).statusCode(200)
                .body("onHold", equalTo(true))
                .body("decisions.event", contains("RiskSignalDetected", "SupplyHoldPlaced", "HoldLifted", "SupplyHoldReleased",
                        "ManualHoldPlaced", "SupplyHoldPlaced"))
                .body("decisions[2].by", equalTo("someone (credit-manager)"));
        String released = now.extract().path("decisions[3].at");
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK/holds?asOf=" + released, null).body("onHold", equalTo(false));
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK/risk-signals", null).body("signal", contains("RELOCATION_OR_CLOSURE"));
    }

    @Test
    void bad_reports_and_unknown_customers_are_refused_and_change_nothing() {
        register("C-RISK2");
        call(Roles.SUPERVISOR, "POST", "/api/customers/C-RISK2/risk-signals", """
                { "signal": "ALIENS", "severity": "EXTREME", "note": "", "reportedBy": "li.na" }""").statusCode(400)
                .body("errors.field", containsInAnyOrder("signal", "severity", "note"));
        call(Roles.SUPERVISOR, "POST", "/api/customers/C-NOPE/risk-signals", """
                { "signal": "OTHER", "severity": "LOW", "note": "x", "reportedBy": "li.na" }""").statusCode(404);
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-NOPE/holds", "{ \"reason\": \"x\", \"placedBy\": \"y\" }")
                .statusCode(404);
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK2/holds?asOf=yesterday", null).statusCode(400)
                .body("errors.field", containsInAnyOrder("asOf"));
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-RISK2/holds/release", "{ \"reason\": \"x\", \"releasedBy\": \"y\", "
                + "\"until\": \"2001-01-01T00:00:00Z\" }").statusCode(400).body("field", equalTo("until"));
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK2/risk-signals", null).body("", org.hamcrest.Matchers.empty());
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-RISK2", null).body("hold.active", equalTo(false));
    }

    @Test
    void a_broken_promise_is_a_risk_signal_of_its_own() {
        register("C-RISK3");
        LocalDate day = LocalDate.of(2026, 11, 1);
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            PromiseBroken broken = new PromiseBroken("PTP-R3", "C-RISK3", List.of("INV-R3"), new BigDecimal("800.00"),
                    new BigDecimal("200.00"), "CNY", day, day.plusDays(3), "PARTIALLY_KEPT");
            kafka.publish(Topics.RECEIVABLES, broken);
            kafka.publish(Topics.RECEIVABLES, broken);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> call(Roles.SUPERVISOR, "GET",
                "/api/customers/C-RISK3/risk-signals", null).body("signal", contains("BROKEN_PROMISE"))
                .body("[0].severity", equalTo("MEDIUM")).body("[0].placesHold", equalTo(false))
                .body("[0].evidence", org.hamcrest.Matchers.containsString("800.00 CNY")));
    }

    @jakarta.inject.Inject
    com.getpaid.customer.risk.DerivedSignals derived;
    @jakarta.inject.Inject
    com.getpaid.kit.Kernel kernel;

    @Test
    void an_order_far_above_the_customers_own_average_and_an_overdue_balance_growing_are_signals_of_their_own() {
        register("C-SPIKE");
        LocalDate day = LocalDate.of(2026, 11, 20);
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            for (int m = 1; m <= 4; m++) { // a steady 1000.00 a month, July to October
                kafka.publish(Topics.RECEIVABLES, new com.getpaid.events.receivables.InvoiceIssued("SP-" + m, "C-SPIKE", "DN-" + m,
                        day.minusMonths(m), day.minusMonths(m).plusDays(30), new BigDecimal("1000.00"), "CNY"));
            }
            kafka.publish(Topics.RECEIVABLES, new com.getpaid.events.receivables.InvoiceIssued("SP-9", "C-SPIKE", "DN-9", day,
                    day.plusDays(30), new BigDecimal("3600.00"), "CNY"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> call(Roles.SUPERVISOR, "GET",
                "/api/customers/C-SPIKE/risk-signals", null).body("signal", contains("ORDER_SPIKE"))
                .body("[0].severity", equalTo("HIGH")) // no invoice last November: off-season
                .body("[0].evidence", org.hamcrest.Matchers.containsString("3.6 times")));

        // three earlier monthly readings going up; this month's reading is higher again
        kernel.transact(c -> {
            for (int m = 1; m <= 3; m++) {
                com.getpaid.events.store.Sql.update(c, "INSERT INTO overdue_month (customer_id, month, overdue) VALUES (?, ?, ?)",
                        "C-SPIKE", LocalDate.of(2030, 1, 1).minusMonths(m), new BigDecimal(-100 * m));
            }
            return null;
        });
        derived.readMonth(LocalDate.of(2030, 1, 15)); // this month: 0.00 overdue, above -100
        derived.readMonth(LocalDate.of(2030, 1, 16)); // read once a month: nothing more
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-SPIKE/risk-signals", null)
                .body("signal", contains("OVERDUE_GROWING", "ORDER_SPIKE"));
    }
}
