package com.getpaid.customer.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk-signal feed across customers, over HTTP against the real database. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RiskSignalFeedTest {

    static final ZoneId BUSINESS = ZoneId.of("Asia/Shanghai");
    /** Only this test's customers: the other tests' signals share the database. */
    static final String OURS = "findAll { it.customerId.startsWith('C-FEED-') }";

    @Inject
    Clock clock;

    @BeforeEach
    void ownTokens() {
        io.restassured.RestAssured.requestSpecification = null; // each call below sends its role's token
    }

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    static ValidatableResponse get(String role, String path) {
        return given().auth().oauth2(PlatformTestResource.token("someone", List.of(role))).get(path).then();
    }

    static ValidatableResponse report(String customerId, String signal, String severity, String note) {
        return given().auth().oauth2(PlatformTestResource.token("li.na", List.of(Roles.SUPERVISOR))).contentType(ContentType.JSON)
                .body("""
                        { "signal": "%s", "severity": "%s", "note": "%s", "reportedBy": "li.na" }"""
                        .formatted(signal, severity, note))
                .post("/api/customers/" + customerId + "/risk-signals").then().statusCode(201);
    }

    static void register(String customerId, String name) {
        given().auth().oauth2(PlatformTestResource.token("erp", List.of(Roles.ERP))).contentType(ContentType.JSON).body("""
                { "name": "%s", "email": "ap@feed.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "5000.00", "currency": "CNY" }"""
                .formatted(name)).put("/api/customers/" + customerId).then().statusCode(201);
    }

    @Test
    void signals_across_customers_come_newest_first_by_severity_and_business_day_with_whose_they_are() {
        register("C-FEED-1", "Feed One Trading");
        register("C-FEED-2", "Feed Two Hardware");
        LocalDate today = LocalDate.now(BUSINESS);
        Instant midnight = today.atStartOfDay(BUSINESS).toInstant(); // 16:00 UTC the day before
        ((AdjustableClock) clock).set(midnight.minusSeconds(1)); // yesterday, in Shanghai
        report("C-FEED-2", "OTHER", "LOW", "Late payment of wages rumoured");
        ((AdjustableClock) clock).set(midnight.plusSeconds(1)); // today in Shanghai, still yesterday in UTC
        report("C-FEED-1", "KEY_PEOPLE_CHANGE", "MEDIUM", "The owner's son runs the shop now");
        realTime();
        report("C-FEED-2", "BUSINESS_SHIFT", "MEDIUM", "Sells mostly online now");
        ValidatableResponse high = report("C-FEED-1", "PRICE_DUMPING", "HIGH", "Sells our pumps 30 % below list");

        get(Roles.CREDIT_MANAGER, "/api/risk-signals?since=" + today + "&size=100").statusCode(200)
                .body(OURS + ".signal", contains("PRICE_DUMPING", "BUSINESS_SHIFT", "KEY_PEOPLE_CHANGE"))
                .body(OURS + ".customerId", contains("C-FEED-1", "C-FEED-2", "C-FEED-1"))
                .body(OURS + ".customerName", contains("Feed One Trading", "Feed Two Hardware", "Feed One Trading"));
        // the newest signal of all, with every field of the card's risk tab
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?size=2").statusCode(200)
                .body("signal", contains("PRICE_DUMPING", "BUSINESS_SHIFT"))
                .body("[0].signalId", equalTo(high.extract().path("signalId")))
                .body("[0].severity", equalTo("HIGH")).body("[0].evidence", equalTo("Sells our pumps 30 % below list"))
                .body("[0].source", equalTo("li.na")).body("[0].placesHold", equalTo(true))
                .body("[0].detectedAt", equalTo(high.extract().path("detectedAt")));
        get(Roles.SUPPORT, "/api/risk-signals?size=2&page=1").statusCode(200)
                .body("signal", not(hasItem("PRICE_DUMPING")));
        get(Roles.SUPERVISOR, "/api/risk-signals?since=" + today.minusDays(1) + "&size=100")
                .body(OURS + ".signal", contains("PRICE_DUMPING", "BUSINESS_SHIFT", "KEY_PEOPLE_CHANGE", "OTHER"));
        get(Roles.SUPERVISOR, "/api/risk-signals?severity=MEDIUM&since=" + today.minusDays(1) + "&size=100")
                .body(OURS + ".signal", contains("BUSINESS_SHIFT", "KEY_PEOPLE_CHANGE"))
                .body("severity", org.hamcrest.Matchers.everyItem(equalTo("MEDIUM")));
        // a collector's feed: the customers they manage only (these are nobody's)
        get(Roles.COLLECTOR, "/api/risk-signals?since=" + today.minusDays(1) + "&size=100")
                .statusCode(200).body(OURS + ".signal", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_bad_filter_or_page_size_is_refused_naming_the_field_and_only_the_risk_roles_read_the_feed() {
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?size=0").statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("size"));
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?size=101").statusCode(400).body("field", equalTo("size"));
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?since=yesterday").statusCode(400).body("field", equalTo("since"));
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?severity=EXTREME").statusCode(400).body("field", equalTo("severity"));
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?severity=high&since=2026-13-01&page=-1&size=500").statusCode(400)
                .body("errors.field", containsInAnyOrder("severity", "since", "page", "size"));
        get(Roles.CREDIT_MANAGER, "/api/risk-signals?size=100").statusCode(200);
        get(Roles.ERP, "/api/risk-signals").statusCode(403);
        get(Roles.VIEWER, "/api/risk-signals").statusCode(403); // signal texts and who reported them: not a dashboard's
        given().get("/api/risk-signals").then().statusCode(401);
    }
}
