package com.getpaid.customer.card;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer list as the console's search box and the credit manager's review queue read it. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CustomerListTest {

    @Inject
    Clock clock;

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("wang.fang", List.of(role)));
    }

    static void register(String customerId, String name, String accountManager) {
        String collection = accountManager == null ? ""
                : ", \"collection\": { \"accountManager\": \"" + accountManager + "\" }";
        as(Roles.ERP).contentType(ContentType.JSON).body("""
                { "name": "%s", "email": "ap@%s.example", "phone": "+86 571 0000 0000", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY"%s }"""
                .formatted(name, customerId.toLowerCase(), collection)).put("/api/customers/" + customerId).then()
                .statusCode(201);
    }

    static final String INDICATORS = """
            { "currentRatio": "2.6", "debtToAssets": "0.6", "receivablesTurnover": "12", "returnOnAssets": "0.28",
              "assessedBy": "Wang Fang" }""";

    @Test
    void theSearchBoxFindsIdsStartingWithWhatWasTypedFirstThenNamesContainingIt() {
        register("LST9-1", "Zhejiang Beta Fasteners", "li.na");
        register("LST9-2", "anhui alpha tools", null);
        register("QZ-LST9", "Ningbo Lst9-Trading", null); // the name contains it
        register("ZX-LST9-3", "Gamma Hardware", null); // the id contains it, but does not start with it: not found

        as(Roles.CREDIT_MANAGER).get("/api/customers?q=lst9-").then().statusCode(200)
                .body("customerId", contains("LST9-2", "LST9-1", "QZ-LST9"))
                .body("name", contains("anhui alpha tools", "Zhejiang Beta Fasteners", "Ningbo Lst9-Trading"))
                .body("accountManager", contains(nullValue(), equalTo("li.na"), nullValue()))
                .body("nextReviewDue", everyItem(nullValue()))
                .body("[1]", not(hasKey("email"))).body("[1]", not(hasKey("phone")));
        as(Roles.VIEWER).get("/api/customers?q=LST9-&size=2").then().body("customerId", contains("LST9-2", "LST9-1"));
        as(Roles.VIEWER).get("/api/customers?q=LST9-&size=2&page=1").then().body("customerId", contains("QZ-LST9"));
        as(Roles.VIEWER).get("/api/customers?q=alpha tools").then().body("customerId", contains("LST9-2"));
        as(Roles.VIEWER).get("/api/customers?q=lst9_").then().statusCode(200).body("", empty()); // '_' is no wildcard

        as(Roles.VIEWER).get("/api/customers?q=" + "x".repeat(101)).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("q"));
        as(Roles.VIEWER).get("/api/customers?q=lst9-&size=101").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
    }

    @Test
    void theCreditManagerSeesWhoseReviewFallsDueBySoonestFirst() {
        // assessed 400, 390 and 380 days ago (the same figures, the same grade): their reviews fell due long before today,
        // before those of any customer assessed today
        String[] customers = { "RV9-C", "RV9-A", "RV9-B" };
        String[] due = new String[3];
        for (int n = 0; n < 3; n++) {
            register(customers[n], "Review " + customers[n] + " Ltd", "zhou.min");
            ((AdjustableClock) clock).set(Instant.now().minus(Duration.ofDays(400 - 10 * n)));
            due[n] = as(Roles.CREDIT_MANAGER).contentType(ContentType.JSON).body(INDICATORS)
                    .post("/api/customers/" + customers[n] + "/credit-assessments").then().statusCode(201).extract()
                    .path("nextReviewDue");
        }
        ((AdjustableClock) clock).set(Instant.now());

        as(Roles.CREDIT_MANAGER).get("/api/customers?reviewDueBy=" + due[1]).then().statusCode(200)
                .body("customerId", contains("RV9-C", "RV9-A")).body("nextReviewDue", contains(due[0], due[1]))
                .body("accountManager", contains("zhou.min", "zhou.min"));
        as(Roles.CREDIT_MANAGER).get("/api/customers?reviewDueBy=" + due[2]).then()
                .body("customerId", contains("RV9-C", "RV9-A", "RV9-B"));
        as(Roles.CREDIT_MANAGER).get("/api/customers?reviewDueBy=" + due[2] + "&size=1&page=1").then()
                .body("customerId", contains("RV9-A"));
        as(Roles.CREDIT_MANAGER).get("/api/customers?reviewDueBy=" + due[2] + "&q=rv9-b").then()
                .body("customerId", contains("RV9-B")).body("[0].creditGrade", not(nullValue()));

        as(Roles.CREDIT_MANAGER).get("/api/customers?reviewDueBy=soon").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reviewDueBy"));
    }
}
