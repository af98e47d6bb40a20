package com.getpaid.customer.card;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Object scope on the customer card: a collector sees and acts on the customers they manage and their team's
 * ({@code %test.getpaid.access.teams.east=li.na,wang.wei}); a colleague's is unknown to them; a supervisor sees all;
 * the viewer gets an allow-listed card and list; a list answers at most a page.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CustomerScopeTest {

    static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(PlatformTestResource.token(user, List.of(role)));
    }

    static void register(String customerId, String accountManager) {
        as("erp-system", Roles.ERP).contentType(ContentType.JSON).body("""
                { "name": "Scope %s Ltd", "email": "ap@%s.example", "phone": "+86 571 0000 0000", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY",
                  "collection": { "accountManager": "%s", "settlementDay": 25 },
                  "legalRepresentative": "Zhang San", "address": "1 Harbour Road",
                  "contacts": [ { "role": "FINANCE", "name": "Ms Li", "email": "li@%s.example" } ],
                  "creditLimits": [ { "currency": "USD", "amount": "7000.00" } ] }"""
                .formatted(customerId, customerId, accountManager, customerId)).put("/api/customers/" + customerId)
                .then().statusCode(201);
    }

    static final String SIGNAL = """
            { "signal": "KEY_PEOPLE_CHANGE", "severity": "MEDIUM", "note": "The owner's son runs the shop now" }""";

    @Test
    void aCollectorSeesAndActsOnTheirOwnAndTheirTeamsCustomersAndASupervisorOnAll() {
        register("SCP-A", "li.na");
        register("SCP-B", "zhou.min");
        register("SCP-T", "wang.wei"); // li.na's team

        as("li.na", Roles.COLLECTOR).get("/api/customers/SCP-A").then().statusCode(200)
                .body("collection.accountManager", equalTo("li.na"));
        as("li.na", Roles.COLLECTOR).get("/api/customers/SCP-T").then().statusCode(200);
        // a colleague's customer does not exist for her: the same answer as for none at all
        String colleagues = as("li.na", Roles.COLLECTOR).get("/api/customers/SCP-B").then().statusCode(404)
                .contentType("application/problem+json").extract().path("detail");
        String nobody = as("li.na", Roles.COLLECTOR).get("/api/customers/SCP-NONE").then().statusCode(404)
                .extract().path("detail");
        assertEquals(nobody.replace("SCP-NONE", "SCP-B"), colleagues);
        for (String path : List.of("/api/customers/SCP-B/holds", "/api/customers/SCP-B/risk-signals")) {
            as("li.na", Roles.COLLECTOR).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as("li.na", Roles.COLLECTOR).contentType(ContentType.JSON).body(SIGNAL).post("/api/customers/SCP-B/risk-signals")
                .then().statusCode(404).contentType("application/problem+json");
        as("boss", Roles.SUPERVISOR).get("/api/customers/SCP-B/risk-signals").then().statusCode(200).body("$", empty());
        as("li.na", Roles.COLLECTOR).contentType(ContentType.JSON).body(SIGNAL).post("/api/customers/SCP-A/risk-signals")
                .then().statusCode(201);

        // the list and the search: hers and her team's only
        as("li.na", Roles.COLLECTOR).get("/api/customers?q=SCP-").then().statusCode(200)
                .body("customerId", hasItems("SCP-A", "SCP-T")).body("customerId", not(hasItem("SCP-B")));

        // the supervisor: every customer, as a collector may
        as("boss", Roles.SUPERVISOR).get("/api/customers/SCP-B").then().statusCode(200)
                .body("details.contacts[0].name", equalTo("Ms Li"));
        as("boss", Roles.SUPERVISOR).get("/api/customers?q=SCP-").then().statusCode(200)
                .body("customerId", hasItems("SCP-A", "SCP-B", "SCP-T"));
        as("boss", Roles.SUPERVISOR).contentType(ContentType.JSON).body(SIGNAL).post("/api/customers/SCP-B/risk-signals")
                .then().statusCode(201);
    }

    /** What the viewer may see of a card, field by field; anything else (people, free text) fails this test. */
    static final Set<String> VIEWER_CARD = Set.of("customerId", "name", "paymentTerms", "creditLimit", "currency",
            "creditLimits", "exposure", "hold", "credit", "value");
    static final Set<String> VIEWER_LISTED = Set.of("customerId", "name", "onHold", "holdReasons", "holdSince",
            "creditGrade", "valueTier", "nextReviewDue");

    @Test
    void theViewerGetsNamesTermsLimitsExposureAndHoldCodesButNoPeopleAndNoFreeText() {
        register("SCP-V", "li.na");
        as("wang.fang", Roles.CREDIT_MANAGER).contentType(ContentType.JSON).body("""
                { "reason": "Owner unreachable since the warehouse moved" }""").post("/api/customers/SCP-V/holds")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("zhao.min", Roles.VIEWER).get("/api/customers/SCP-V")
                .then().statusCode(200).body("hold.codes", equalTo(List.of("MANUAL_HOLD"))));
        Map<String, Object> card = as("zhao.min", Roles.VIEWER).get("/api/customers/SCP-V").then()
                .body("creditLimits[0].currency", equalTo("USD")).extract().jsonPath().getMap("$");
        assertTrue(VIEWER_CARD.containsAll(card.keySet()), "the viewer's card is allow-listed: " + card.keySet());
        assertTrue(card.keySet().containsAll(Set.of("name", "paymentTerms", "creditLimit", "exposure", "hold")));
        String json = as("zhao.min", Roles.VIEWER).get("/api/customers/SCP-V").then().extract().asString()
                + as("zhao.min", Roles.VIEWER).get("/api/customers/SCP-V/holds").then().statusCode(200)
                        .body("reasons.code", equalTo(List.of("MANUAL_HOLD"))).extract().asString();
        for (String secret : List.of("Zhang San", "Harbour Road", "Ms Li", "li.na", "warehouse", "ap@scp-v", "+86")) {
            assertEquals(false, json.contains(secret), secret + " is not for the viewer: " + json);
        }
        List<Map<String, Object>> listed = as("zhao.min", Roles.VIEWER).get("/api/customers?q=SCP-V").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, listed.size());
        assertTrue(VIEWER_LISTED.containsAll(listed.get(0).keySet()), "the viewer's list is allow-listed: "
                + listed.get(0).keySet());
    }

    @Test
    void aListAnswersAtMostAPage() {
        for (String path : List.of("/api/customers?size=101", "/api/risk-signals?size=101")) {
            as("wang.fang", Roles.CREDIT_MANAGER).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("field", equalTo("size"));
        }
        as("wang.fang", Roles.CREDIT_MANAGER).get("/api/customers?size=100").then().statusCode(200);
    }
}
