package com.getpaid.customer.credit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A credit assessment on a customer with a payment record in the real database, its grade's grace hold and review. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CreditAssessmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Clock clock;
    @Inject
    CreditAssessments assessments;

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    static ValidatableResponse call(String role, String method, String path, String body) {
        var request = given().auth().oauth2(PlatformTestResource.token("wang.fang", List.of(role)));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path).then();
    }

    static final String INDICATORS = """
            { "currentRatio": "2.6", "debtToAssets": "0.6", "receivablesTurnover": "12", "returnOnAssets": "0.28",
              "assessedBy": "Wang Fang" }""";

    @Test
    void the_payment_record_weighs_most_the_grade_decides_grace_and_review_and_the_card_shows_it() {
        call(Roles.ERP, "PUT", "/api/customers/C-GRADE", """
                { "name": "Graded Buyer", "email": "ap@graded.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY" }""")
                .statusCode(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            // two invoices due 60 and 40 days ago: one paid 30 days late, one still open (40 days late so far)
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("G-1", "C-GRADE", "DN-1", today.minusDays(90), today.minusDays(60),
                    new BigDecimal("6000.00"), "CNY"));
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("G-2", "C-GRADE", "DN-2", today.minusDays(70), today.minusDays(40),
                    new BigDecimal("6000.00"), "CNY"));
            kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-G1", "C-GRADE", new BigDecimal("6000.00"), "CNY",
                    today.minusDays(30), "BANK_TRANSFER", List.of(new Allocation("G-1", new BigDecimal("6000.00"))),
                    new BigDecimal("0.00")));
            kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("G-2", "C-GRADE", today.minusDays(40), today.minusDays(39), 1,
                    new BigDecimal("6000.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> call(Roles.SUPERVISOR, "GET", "/api/customers/C-GRADE", null)
                .body("exposure[0].overdue", equalTo("6000.00")));
        // record: 2 due, 2 late, 35 days late on average: 1 - 0.5 - 35/120 = 0.21; 0.40 x 0.21 + 0.15 x 2.88 = 0.52: B,
        // grace 15 days
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-GRADE/credit-assessments", INDICATORS).statusCode(201)
                .body("paymentRecord.invoicesDue", equalTo(2)).body("paymentRecord.paidLate", equalTo(2))
                .body("paymentRecord.averageDaysLate", equalTo("35.0")).body("paymentRecord.score", equalTo("0.21"))
                .body("score", equalTo("0.52")).body("grade", equalTo("B"))
                .body("nextReviewDue", equalTo(today.plusMonths(3).toString()))
                .body("explanation", containsString("grade B"))
                // 12,000 invoiced in 12 months: 1,000 a month, one month for B
                .body("recommendedLimit", equalTo("1000.00"));
        // G-2 is 40 days overdue, beyond B's 15 grace days: supply stops, and the clearance says why
        call(Roles.SUPERVISOR, "GET", "/api/customers/C-GRADE", null).body("credit.grade", equalTo("B"))
                .body("creditGrade", equalTo("B")).body("assessedOn", equalTo(today.toString()))
                .body("nextReviewDue", equalTo(today.plusMonths(3).toString()))
                .body("hold.active", equalTo(true)).body("hold.reasons.code", contains("OVERDUE_BEYOND_GRACE"))
                .body("hold.reasons[0].message", containsString("beyond the 15 grace days of credit grade B"));
        call(Roles.ERP, "POST", "/api/customers/C-GRADE/shipment-clearance", "{ \"amount\": \"1.00\", \"currency\": \"CNY\" }")
                .body("cleared", equalTo(false)).body("reasons.code", contains("OVERDUE_BEYOND_GRACE"));
        call(Roles.VIEWER, "GET", "/api/customers?grade=B&onHold=true&size=100", null).statusCode(200)
                .body("customerId", org.hamcrest.Matchers.hasItem("C-GRADE"));
        call(Roles.VIEWER, "GET", "/api/customers?grade=A&size=100", null).statusCode(200)
                .body("customerId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("C-GRADE")));
        call(Roles.VIEWER, "GET", "/api/customers?grade=D", null).statusCode(400);

        // three months and a day on, the review falls due: raised once
        ((AdjustableClock) clock).set(Instant.now().plus(Duration.ofDays(93)));
        assessments.watch();
        assessments.watch();
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> org.junit.jupiter.api.Assertions.assertEquals(1,
                    kafka.events(Topics.CUSTOMERS, CreditReviewDue.class).stream()
                            .filter(e -> e.customerId().equals("C-GRADE")).count()));
        }
    }

    @Test
    void bad_indicators_are_refused_naming_the_fields_and_change_nothing() {
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-NONE/credit-assessments", INDICATORS).statusCode(404);
        call(Roles.CREDIT_MANAGER, "POST", "/api/customers/C-NONE/credit-assessments", """
                { "currentRatio": "-1", "debtToAssets": "x", "receivablesTurnover": "12.123456", "assessedBy": "" }""")
                .statusCode(400).body("errors.field", containsInAnyOrder("currentRatio", "debtToAssets", "receivablesTurnover",
                        "returnOnAssets"));
        call(Roles.COLLECTOR, "POST", "/api/customers/C-NONE/credit-assessments", INDICATORS).statusCode(403);
    }
}
