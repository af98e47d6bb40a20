package com.getpaid.customer.card;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.customer.value.ValueTierJob;
import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portfolio counts over the real database: what four new customers add to them. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PortfolioTest {

    static final ZoneId BUSINESS = ZoneId.of("Asia/Shanghai");

    @Inject
    Clock clock;
    @Inject
    ValueTierJob tiers;

    @BeforeEach
    void ownTokens() {
        io.restassured.RestAssured.requestSpecification = null; // each call below sends its role's token
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("wang.fang", List.of(role)));
    }

    /** The portfolio as a credit manager's dashboard reads it. */
    static Map<String, Object> portfolio() {
        return as(Roles.CREDIT_MANAGER).get("/api/portfolio").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static int count(Map<String, Object> portfolio, String... path) {
        Object value = portfolio.get(path[0]);
        return ((Number) (path.length == 1 ? value : ((Map<?, ?>) value).get(path[1]))).intValue();
    }

    /** Indicators that, with no payment record yet (counted 0.50), give the grade: A 0.80, B 0.50, C 0.20. */
    static String indicators(String grade) {
        String[] in = switch (grade) {
            case "A" -> new String[] { "2.5", "0.5", "14", "0.35" };
            case "B" -> new String[] { "2.05", "0.7", "11.5", "0.275" };
            default -> new String[] { "1.6", "0.9", "9", "0.20" };
        };
        return """
                { "currentRatio": "%s", "debtToAssets": "%s", "receivablesTurnover": "%s", "returnOnAssets": "%s",
                  "assessedBy": "Wang Fang" }""".formatted((Object[]) in);
    }

    static void register(String customerId) {
        as(Roles.ERP).contentType(ContentType.JSON).body("""
                { "name": "Portfolio %s", "email": "ap@portfolio.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "5000.00", "currency": "CNY" }"""
                .formatted(customerId)).put("/api/customers/" + customerId).then().statusCode(201);
    }

    static void assess(String customerId, String grade, LocalDate reviewDue) {
        as(Roles.CREDIT_MANAGER).contentType(ContentType.JSON).body(indicators(grade))
                .post("/api/customers/" + customerId + "/credit-assessments").then().statusCode(201)
                .body("grade", equalTo(grade)).body("nextReviewDue", equalTo(reviewDue.toString()));
    }

    @Test
    void four_new_customers_count_by_grade_tier_hold_and_review_due() {
        Map<String, Object> before = portfolio();
        for (String id : List.of("C-PF-A", "C-PF-B", "C-PF-C", "C-PF-N")) {
            register(id);
        }
        // B and C assessed a month ago: C's review (a month on) is due today, B's (three months on) is not
        ZonedDateTime monthAgo = ZonedDateTime.now(BUSINESS).minusMonths(1);
        try {
            ((AdjustableClock) clock).set(monthAgo.toInstant());
            assess("C-PF-B", "B", monthAgo.toLocalDate().plusMonths(3));
            assess("C-PF-C", "C", monthAgo.toLocalDate().plusMonths(1));
        } finally {
            ((AdjustableClock) clock).set(Instant.now());
        }
        assess("C-PF-A", "A", LocalDate.now(BUSINESS).plusMonths(6));
        as(Roles.CREDIT_MANAGER).contentType(ContentType.JSON).body("{ \"reason\": \"Owner in court\", \"placedBy\": \"Wang Fang\" }")
                .post("/api/customers/C-PF-N/holds").then().statusCode(200).body("onHold", equalTo(true));

        Map<String, Object> after = portfolio();
        assertEquals(4, count(after, "customers") - count(before, "customers"), "customers");
        assertEquals(1, count(after, "onHold") - count(before, "onHold"), "onHold");
        for (String grade : List.of("A", "B", "C", "none")) {
            assertEquals(1, count(after, "byGrade", grade) - count(before, "byGrade", grade), "byGrade." + grade);
        }
        assertEquals(4, count(after, "byTier", "none") - count(before, "byTier", "none"), "not ranked yet: byTier.none");
        assertEquals(1, count(after, "reviewsDue") - count(before, "reviewsDue"), "reviewsDue");

        tiers.recompute(); // the daily ranking: every customer in a tier
        Map<String, Object> ranked = portfolio();
        assertEquals(0, count(ranked, "byTier", "none"), "byTier.none once ranked");
        assertEquals(count(ranked, "customers"), count(ranked, "byTier", "A") + count(ranked, "byTier", "B")
                + count(ranked, "byTier", "C"), "byTier adds up to customers");
        assertEquals(count(ranked, "customers"), count(ranked, "byGrade", "A") + count(ranked, "byGrade", "B")
                + count(ranked, "byGrade", "C") + count(ranked, "byGrade", "none"), "byGrade adds up to customers");
    }

    @Test
    void the_dashboard_roles_read_the_portfolio_and_support_does_not() {
        for (String role : List.of(Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER)) {
            as(role).get("/api/portfolio").then().statusCode(200).body("byGrade.keySet()", org.hamcrest.Matchers.contains("A",
                    "B", "C", "none")).body("byTier.keySet()", org.hamcrest.Matchers.contains("A", "B", "C", "none"));
        }
        as(Roles.SUPPORT).get("/api/portfolio").then().statusCode(403).contentType("application/problem+json");
    }
}
