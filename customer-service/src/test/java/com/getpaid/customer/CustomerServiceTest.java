package com.getpaid.customer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import com.getpaid.local.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CustomerServiceTest {

    /** Every call below acts with a token holding every role; the role table is tested on its own. */
    @BeforeEach
    void withEveryRole() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL)).build();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static String card(String name, String terms, String limit) {
        return """
                { "name": "%s", "email": "ap@huadong.example", "preferredLanguage": "zh-CN",
                  "paymentTerms": %s, "creditLimit": "%s", "currency": "CNY" }""".formatted(name, terms, limit);
    }

    static final String COD = "{ \"type\": \"CASH_ON_DELIVERY\" }";

    @Test
    void theCardKeepsHowTheCustomerIsCollectedAndRefusesWhatCannotBe() {
        String withProfile = card("Profiled Ltd", COD, "1000.00").replace("\"currency\": \"CNY\" }", """
                "currency": "CNY", "collection": { "accountManager": "li.na", "settlementDay": 25, "zone": "Europe/Berlin",
                  "avoidWeekdays": ["SATURDAY", "SUNDAY"], "avoidFirstDaysOfMonth": 3, "notBefore": "09:30" } }""");
        given().contentType(ContentType.JSON).body(withProfile).put("/api/customers/C-PROF").then().statusCode(201);
        given().get("/api/customers/C-PROF").then().statusCode(200)
                .body("collection.accountManager", equalTo("li.na")).body("collection.settlementDay", equalTo(25))
                .body("collection.zone", equalTo("Europe/Berlin")).body("collection.avoidWeekdays", contains("SATURDAY", "SUNDAY"))
                .body("collection.avoidFirstDaysOfMonth", equalTo(3)).body("collection.notBefore", equalTo("09:30:00"));
        given().contentType(ContentType.JSON).body(withProfile.replace("Europe/Berlin", "Mars/Olympus"))
                .put("/api/customers/C-PROF").then().statusCode(400).body("field", equalTo("collection.zone"));
        given().contentType(ContentType.JSON).body(withProfile.replace("\"SUNDAY\"", "\"SOMEDAY\""))
                .put("/api/customers/C-PROF").then().statusCode(400).body("field", equalTo("collection.avoidWeekdays[1]"));
        given().contentType(ContentType.JSON).body(withProfile.replace("25", "32"))
                .put("/api/customers/C-PROF").then().statusCode(400).body("field", equalTo("collection.settlementDay"));
        given().contentType(ContentType.JSON).body(withProfile.replace("09:30", "9h30"))
                .put("/api/customers/C-PROF").then().statusCode(400).body("field", equalTo("collection.notBefore"));
        given().get("/api/customers/C-PROF").then().body("collection.zone", equalTo("Europe/Berlin")); // refused: unchanged
    }

    @Test
    void onlyAValidTokenWithTheRightRoleChangesAnything() {
        RestAssured.requestSpecification = null; // this test sends its own tokens
        String body = card("Secure Buyer", COD, "100.00");
        java.time.Instant now = java.time.Instant.now();
        Tokens issuer = PlatformTestResource.tokens();
        Tokens stranger = Tokens.in(java.nio.file.Path.of("target", "stranger-" + java.util.UUID.randomUUID()));
        java.util.Map<String, String> invalid = java.util.Map.of(
                "missing", "",
                "expired", issuer.issue("erp-system", List.of(Roles.ERP), now.minus(Duration.ofHours(13)), Tokens.VALIDITY,
                        Tokens.AUDIENCE),
                "signed by another key", stranger.issue("erp-system", List.of(Roles.ERP)),
                "for another audience", issuer.issue("erp-system", List.of(Roles.ERP), now, Tokens.VALIDITY, "another-app"),
                "not a token", "not-a-jwt");
        invalid.forEach((what, token) -> {
            var request = given().contentType(ContentType.JSON).body(body);
            if (!token.isEmpty()) {
                request.header("Authorization", "Bearer " + token);
            }
            request.put("/api/customers/C-SEC").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("title", equalTo("Unauthorized"));
        });
        for (String role : List.of(Roles.VIEWER, Roles.COLLECTOR, Roles.SUPPORT, Roles.ADMIN, Roles.CREDIT_MANAGER)) {
            given().auth().oauth2(PlatformTestResource.token("someone", List.of(role))).contentType(ContentType.JSON).body(body)
                    .put("/api/customers/C-SEC").then().statusCode(403).contentType("application/problem+json");
        }
        String erp = PlatformTestResource.token("erp-system", List.of(Roles.ERP));
        given().auth().oauth2(erp).get("/api/customers/C-SEC").then().statusCode(404); // none of the above changed anything

        given().auth().oauth2(erp).contentType(ContentType.JSON).body(body).put("/api/customers/C-SEC").then().statusCode(201)
                .body("email", equalTo("ap@huadong.example"));
        given().auth().oauth2(PlatformTestResource.token("dashboard", List.of(Roles.VIEWER))).get("/api/customers/C-SEC").then()
                .statusCode(200).body("name", equalTo("Secure Buyer")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("email")));
        given().auth().oauth2(PlatformTestResource.token("risk-desk", List.of(Roles.CREDIT_MANAGER)))
                .get("/api/customers/C-SEC/history").then().statusCode(200)
                .body("event", contains("CustomerRegistered")).body("[0].by", equalTo("erp-system (erp)"))
                .body("[0].recorded.name", equalTo("Secure Buyer"));
        given().auth().oauth2(erp).get("/api/customers/C-SEC/history").then().statusCode(403);
    }

    @Test
    void aCreditNoteOnAnOverdueInvoiceLeavesTheExposureAndCanReleaseTheHold() {
        given().contentType(ContentType.JSON).body(card("Credited Buyer", COD, "5000.00"))
                .put("/api/customers/C-CN").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 3, 1);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-CN-9", "C-CN", "DN-9", issued, issued,
                new BigDecimal("300.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-CN-9", "C-CN", issued, issued.plusDays(1), 1,
                new BigDecimal("300.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-CN").then()
                .body("hold.active", equalTo(true)).body("exposure[0].overdue", equalTo("300.00")));
        // 100.00 credited off the invoice: still overdue, the hold stays
        kafka.publish(Topics.RECEIVABLES, new CreditNoteIssued("CN-A", "C-CN", "INV-CN-9", new BigDecimal("100.00"), "CNY",
                issued.plusDays(5), "price concession", null, new BigDecimal("100.00"), new BigDecimal("0.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-CN").then()
                .body("exposure[0].open", equalTo("200.00")).body("hold.active", equalTo(true)));
        // the rest credited, with more than was open: nothing open, the hold is released
        kafka.publish(Topics.RECEIVABLES, new CreditNoteIssued("CN-B", "C-CN", "INV-CN-9", new BigDecimal("250.00"), "CNY",
                issued.plusDays(6), "compensation", "CMP-000009", new BigDecimal("200.00"), new BigDecimal("50.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-CN").then()
                .body("exposure", org.hamcrest.Matchers.hasSize(0)).body("hold.active", equalTo(false)));
    }

    static final String FULL_CARD = """
            { "name": "华东五金批发有限公司", "email": "ap@huadong.example", "preferredLanguage": "zh-CN",
              "paymentTerms": { "type": "MONTHLY", "dayOfMonth": 25 }, "creditLimit": "50000.00", "currency": "CNY",
              "legalRepresentative": "张伟", "address": "上海市浦东新区五金路 8 号", "phone": "+86 21 5555 0101",
              "registeredCapital": "5000000.00 CNY", "businessScope": "Hardware wholesale",
              "contacts": [ { "role": "DECISION_MAKER", "name": "Zhang Wei", "phone": "+86 139 0000 0001" },
                            { "role": "FINANCE", "name": "Li Wei", "phone": "+86 21 5555 0102",
                              "email": "finance@huadong.example", "preferredLanguage": "zh-CN" } ],
              "characteristics": { "region": "East China", "salesCapacity": "LARGE", "growthPotential": "HIGH",
                                   "businessStyle": "STEADY" },
              "businessStatus": { "cooperation": "GOOD", "competitorsCarried": "Acme hinges" },
              "settlementDay": 25, "paymentMethod": "BANK_TRANSFER", "paymentSigner": "Zhang Wei", "needsVatInvoice": true,
              "accountManager": "li.na",
              "contactPreferences": { "avoidWeekdays": ["MONDAY"], "avoidFirstDaysOfMonth": 2, "avoidMornings": true,
                                      "zone": "Asia/Shanghai" },
              "creditLimits": [ { "currency": "USD", "amount": "8000.00" } ] }""";

    @Test
    void theFullCardIsKeptAndShownAndItsLimitsHoldPerCurrency() {
        given().contentType(ContentType.JSON).body(FULL_CARD).put("/api/customers/C-FULL").then().statusCode(201)
                .body("details.legalRepresentative", equalTo("张伟"))
                .body("details.contacts.role", contains("DECISION_MAKER", "FINANCE"))
                .body("details.characteristics.region", equalTo("East China"))
                .body("details.needsVatInvoice", equalTo(true))
                .body("details.creditLimits[0].currency", equalTo("USD"))
                .body("collection.accountManager", equalTo("li.na")).body("collection.settlementDay", equalTo(25))
                .body("collection.avoidWeekdays", contains("MONDAY")).body("collection.avoidFirstDaysOfMonth", equalTo(2))
                .body("collection.notBefore", equalTo("12:00:00"));
        given().contentType(ContentType.JSON).body(FULL_CARD).put("/api/customers/C-FULL").then().statusCode(200); // unchanged
        // a dashboard sees the limits, not the people (CustomerScopeTest checks the viewer's card field by field)
        given().auth().oauth2(PlatformTestResource.token("dash", List.of(Roles.VIEWER))).get("/api/customers/C-FULL").then()
                .body("creditLimits.currency", hasItem("USD")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("details")));
        // 600 USD ships against the USD limit; 9000 USD does not
        given().contentType(ContentType.JSON).body("{ \"amount\": \"600.00\", \"currency\": \"USD\" }")
                .post("/api/customers/C-FULL/shipment-clearance").then().body("cleared", equalTo(true))
                .body("creditLimit", equalTo("8000.00"));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"9000.00\", \"currency\": \"USD\" }")
                .post("/api/customers/C-FULL/shipment-clearance").then().body("cleared", equalTo(false))
                .body("reasons[0].message", org.hamcrest.Matchers.containsString("exceeds the credit limit 8000.00 USD"));
        // bad details are refused naming the fields
        given().contentType(ContentType.JSON).body(FULL_CARD.replace("\"DECISION_MAKER\"", "\"BOSS\"")
                .replace("\"USD\", \"amount\"", "\"CNY\", \"amount\"")).put("/api/customers/C-FULL2").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("contacts[0].role", "creditLimits[0].currency"));
    }

    @Test
    void aHandoverMovesTheAccountAndTellsTheNewManagerWhatIsOpen() {
        given().contentType(ContentType.JSON).body(FULL_CARD).put("/api/customers/C-HAND").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 9, 1);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-HAND-1", "C-HAND", "DN-1", issued, issued.plusDays(10),
                new BigDecimal("700.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-HAND-1", "C-HAND", issued.plusDays(10), issued.plusDays(11), 1,
                new BigDecimal("700.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        Instant at = Instant.parse("2026-11-20T01:00:00Z");
        kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-H-1", "C-HAND", "SERVICE", "PHONE", "rude driver", "desk",
                List.of(), null, null, at, null, null, null, null, null, List.of(), "NORMAL", at));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-HAND").then()
                .body("exposure[0].overdue", equalTo("700.00")).body("openComplaints.complaintId", contains("CMP-H-1")));
        String handover = "{ \"toManager\": \"zhao.lei\", \"note\": \"Pays on the 25th; ask for Ms Li\", "
                + "\"handedOverBy\": \"Wang Fang\" }";
        given().contentType(ContentType.JSON).body(handover).post("/api/customers/C-HAND/handover").then().statusCode(200)
                .body("collection.accountManager", equalTo("zhao.lei")).body("collection.settlementDay", equalTo(25));
        given().contentType(ContentType.JSON).body(handover).post("/api/customers/C-HAND/handover").then().statusCode(409)
                .body("field", equalTo("toManager"));
        given().contentType(ContentType.JSON).body("{ \"toManager\": \"x y\" }").post("/api/customers/C-HAND/handover")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("toManager", "note"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<AccountHandedOver> handed = kafka.events(Topics.CUSTOMERS, AccountHandedOver.class).stream()
                    .filter(e -> e.customerId().equals("C-HAND")).toList();
            assertEquals(1, handed.size());
            assertEquals("li.na", handed.get(0).fromManager());
            assertEquals("test-user (Wang Fang)", handed.get(0).handedOverBy(), "the token's user; the body's name beside it");
            assertEquals(List.of("CMP-H-1 (LOGGED, SERVICE)"), handed.get(0).openComplaints());
            assertEquals(List.of("INV-HAND-1 (due 2026-09-11, 700.00 CNY open)"), handed.get(0).overdueInvoices());
        });
    }

    @Test
    void aDeliverTwoSettleOneCustomerWithTwoUnpaidDeliveriesIsRefusedTheThird() {
        given().contentType(ContentType.JSON).body(card("Two Settle One Ltd", "{ \"type\": \"DELIVER_TWO_SETTLE_ONE\", "
                + "\"days\": 30 }", "100000.00")).put("/api/customers/C-2S1").then().statusCode(201)
                .body("paymentTerms.type", equalTo("DELIVER_TWO_SETTLE_ONE"));
        given().contentType(ContentType.JSON).body(card("No Days Ltd", "{ \"type\": \"DELIVER_TWO_SETTLE_ONE\" }", "1.00"))
                .put("/api/customers/C-2S0").then().statusCode(400).body("errors.field", containsInAnyOrder("paymentTerms.days"));
        LocalDate issued = LocalDate.of(2026, 11, 1);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-2S1-1", "C-2S1", "DN-1", issued, issued.plusDays(30),
                new BigDecimal("300.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-2S1").then()
                .body("exposure[0].open", equalTo("300.00")).body("hold.active", equalTo(false)));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"100.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-2S1/shipment-clearance").then().body("cleared", equalTo(true));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-2S1-2", "C-2S1", "DN-2", issued.plusDays(2),
                issued.plusDays(32), new BigDecimal("300.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-2S1").then()
                .body("hold.active", equalTo(true)).body("hold.reasons.code", contains("UNSETTLED_DELIVERIES")));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"100.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-2S1/shipment-clearance").then().body("cleared", equalTo(false))
                .body("reasons.code", contains("UNSETTLED_DELIVERIES"));
        // the first delivery paid: one unpaid again, the next may ship
        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-2S1", "C-2S1", new BigDecimal("300.00"), "CNY",
                issued.plusDays(5), "BANK_TRANSFER", List.of(new Allocation("INV-2S1-1", new BigDecimal("300.00"))),
                new BigDecimal("0.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-2S1").then()
                .body("hold.active", equalTo(false)));
    }

    @Test
    void theCardShowsTheCustomersOpenComplaintsAndWhoHasThem() {
        given().contentType(ContentType.JSON).body(card("Angry Buyer", COD, "5000.00"))
                .put("/api/customers/C-CMP").then().statusCode(201);
        Instant at = Instant.parse("2026-11-20T01:00:00Z");
        kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-C-1", "C-CMP", "PRODUCT_QUALITY", "PHONE", "cracked",
                "desk", List.of(), null, null, at, null, null, null, null, null, List.of(), "SERIOUS", at));
        kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-C-2", "C-CMP", "SHIPPING", "PHONE", "late", "desk",
                List.of(), null, null, at.plusSeconds(60), null, null, null, null, null, List.of(), "NORMAL", at));
        kafka.publish(Topics.COMPLAINTS, new ComplaintAssigned("CMP-C-2", "C-CMP", "zhou.min", "desk", at.plusSeconds(120)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-CMP").then()
                .body("openComplaints.complaintId", contains("CMP-C-1", "CMP-C-2"))
                .body("openComplaints.status", contains("LOGGED", "ASSIGNED"))
                .body("openComplaints[1].handler", equalTo("zhou.min"))
                .body("openComplaints[0].severity", equalTo("SERIOUS"))
                .body("openComplaints[0].loggedAt", equalTo("2026-11-20T01:00:00Z")));
        kafka.publish(Topics.COMPLAINTS, new ComplaintClosed("CMP-C-1", "C-CMP", "CLOSED", at.plusSeconds(3600)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-CMP").then()
                .body("openComplaints.complaintId", contains("CMP-C-2")));
    }

    @Test
    void aWriteOffReleasesTheHoldAndAReinstatementBringsItBack() {
        given().contentType(ContentType.JSON).body(card("Insolvent Buyer", COD, "5000.00"))
                .put("/api/customers/C-WO").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 2, 1);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-WO-9", "C-WO", "DN-9", issued, issued,
                new BigDecimal("700.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-WO-9", "C-WO", issued, issued.plusDays(1), 1,
                new BigDecimal("700.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-WO").then()
                .body("hold.active", equalTo(true)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceWrittenOff("WO-9", "INV-WO-9", "C-WO", new BigDecimal("700.00"), "CNY",
                issued.plusDays(200), "insolvent", "credit manager"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-WO").then()
                .body("exposure", org.hamcrest.Matchers.hasSize(0)).body("hold.active", equalTo(false)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceReinstated("INV-WO-9", "C-WO", "WO-9", new BigDecimal("700.00"), "CNY",
                issued.plusDays(250), "P-9"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-WO").then()
                .body("exposure[0].overdue", equalTo("700.00")).body("hold.active", equalTo(true)));
    }

    @Test
    void registersThenUpdatesACustomerAndShowsTheCard() {
        given().contentType(ContentType.JSON).body(card("华东五金批发有限公司", "{ \"type\": \"NET_DAYS\", \"days\": 30 }", "50000.00"))
                .put("/api/customers/C-1001")
                .then().statusCode(201)
                .body("customerId", equalTo("C-1001"))
                .body("paymentTerms.days", equalTo(30))
                .body("creditLimit", equalTo("50000.00"))
                .body("hold.active", equalTo(false));
        // the same card again: same answer, nothing new
        given().contentType(ContentType.JSON).body(card("华东五金批发有限公司", "{ \"type\": \"NET_DAYS\", \"days\": 30 }", "50000.00"))
                .put("/api/customers/C-1001").then().statusCode(200).body("creditLimit", equalTo("50000.00"));
        given().contentType(ContentType.JSON).body(card("华东五金批发有限公司", "{ \"type\": \"NET_DAYS\", \"days\": 45 }", "80000"))
                .put("/api/customers/C-1001").then().statusCode(200);
        // the terms change; the limit is the credit manager's: the ERP's 80000 is its proposal, not in force
        given().get("/api/customers/C-1001").then().statusCode(200)
                .body("name", equalTo("华东五金批发有限公司"))
                .body("paymentTerms.days", equalTo(45))
                .body("creditLimit", equalTo("50000.00"))
                .body("proposedLimits[0].creditLimit", equalTo("80000.00"))
                .body("proposedLimits[0].proposedBy", equalTo("test-user"));
    }

    @Test
    void refusesBadInputNamingEveryField() {
        given().contentType(ContentType.JSON)
                .body("""
                        { "name": "", "email": "not-an-email", "preferredLanguage": "fr",
                          "paymentTerms": { "type": "NET_DAYS" }, "creditLimit": "100.001", "currency": "CNY" }""")
                .put("/api/customers/C-BAD")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("name", "email", "preferredLanguage", "paymentTerms.days", "creditLimit"));
        given().contentType(ContentType.JSON).body(card("X", COD, "-5.00").replace("CNY", "XYZ"))
                .put("/api/customers/C-BAD")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("currency", "creditLimit"));
        given().contentType(ContentType.JSON).body(card("X", COD, "5.00"))
                .put("/api/customers/bad id!")
                .then().statusCode(400).body("field", equalTo("customerId"));
        given().contentType(ContentType.JSON).body("{ \"name\": ").put("/api/customers/C-BAD")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed JSON"));
        given().get("/api/customers/C-BAD").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"amount\": \"1.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-BAD/shipment-clearance").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No customer 'C-BAD'"));
    }

    @Test
    void aDisputedAmountIsShownButHoldsNoSupplyUntilTheDisputeIsRejected() {
        given().contentType(ContentType.JSON).body(card("Disputing Buyer", COD, "5000.00"))
                .put("/api/customers/C-DSP").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 1, 5);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-DSP-1", "C-DSP", "DN-1", issued, issued,
                new BigDecimal("1000.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-DSP-1", "C-DSP", issued, issued.plusDays(1), 1,
                new BigDecimal("1000.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-DSP").then()
                .body("hold.active", equalTo(true)));
        // the customer disputes all of it (a complaint about the delivery): shown, but no hold on it
        kafka.publish(Topics.RECEIVABLES, new DisputeOpened("CMP-9-1", "INV-DSP-1", "C-DSP", new BigDecimal("1000.00"), "CNY",
                "wrong goods", "CMP-9", "front desk", issued.plusDays(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-DSP").then()
                .body("hold.active", equalTo(false))
                .body("exposure[0].open", equalTo("0.00")).body("exposure[0].disputed", equalTo("1000.00")));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"4000.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-DSP/shipment-clearance").then().statusCode(200).body("cleared", equalTo(true));
        // rejected: the amount is owed again, overdue, and the hold returns
        kafka.publish(Topics.RECEIVABLES, new DisputeResolved("CMP-9-1", "INV-DSP-1", "C-DSP", new BigDecimal("1000.00"), "CNY",
                "REJECTED", null, null, "Wang Fang", issued.plusDays(9)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-DSP").then()
                .body("hold.active", equalTo(true)).body("hold.reasons.code", contains("OVERDUE_CASH_ON_DELIVERY"))
                .body("exposure[0].open", equalTo("1000.00")).body("exposure[0].disputed", equalTo("0.00")));
    }

    @Test
    void aDisputeAwaitingConfirmationStillHoldsSupplyUntilACreditManagerConfirmsIt() {
        given().contentType(ContentType.JSON).body(card("Unconfirmed Buyer", COD, "5000.00"))
                .put("/api/customers/C-UDSP").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 1, 5);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-UDSP-1", "C-UDSP", "DN-1", issued, issued,
                new BigDecimal("60000.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new DisputeOpened("D-U1", "INV-UDSP-1", "C-UDSP", new BigDecimal("58000.00"), "CNY",
                "half never arrived", null, "li.na", issued.plusDays(1), issued.plusDays(15), true));
        // an event after it on the customer's key: once it is in, the dispute was taken in too
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-UDSP-2", "C-UDSP", "DN-2", issued, issued,
                new BigDecimal("10.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-UDSP").then()
                .body("exposure[0].open", equalTo("60010.00")).body("exposure[0].disputed", equalTo("0.00"))
                .body("hold.active", equalTo(true)).body("hold.reasons.code", hasItem("CREDIT_LIMIT_EXCEEDED")));
        kafka.publish(Topics.RECEIVABLES, new DisputeConfirmed("D-U1", "INV-UDSP-1", "C-UDSP", new BigDecimal("58000.00"),
                "CNY", "wang.fang", issued.plusDays(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-UDSP").then()
                .body("exposure[0].open", equalTo("2010.00")).body("exposure[0].disputed", equalTo("58000.00"))
                .body("hold.active", equalTo(false)));
        // a second one resolved before anyone confirmed it: it never left the exposure, so nothing comes back
        kafka.publish(Topics.RECEIVABLES, new DisputeOpened("D-U2", "INV-UDSP-1", "C-UDSP", new BigDecimal("1000.00"), "CNY",
                "scratches", null, "li.na", issued.plusDays(3), issued.plusDays(17), true));
        kafka.publish(Topics.RECEIVABLES, new DisputeResolved("D-U2", "INV-UDSP-1", "C-UDSP", new BigDecimal("1000.00"), "CNY",
                "REJECTED", null, null, "wang.fang", issued.plusDays(4)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-UDSP-3", "C-UDSP", "DN-3", issued, issued,
                new BigDecimal("5.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-UDSP").then()
                .body("exposure[0].open", equalTo("2015.00")).body("exposure[0].disputed", equalTo("58000.00")));
    }

    @Test
    void overdueCashOnDeliveryAndLimitHoldSupplyUntilPaid() {
        given().contentType(ContentType.JSON).body(card("Cash Buyer", COD, "5000.00"))
                .put("/api/customers/C-COD").then().statusCode(201);
        LocalDate issued = LocalDate.of(2026, 1, 5);
        InvoiceIssued invoice = new InvoiceIssued("INV-COD-1", "C-COD", "DN-1", issued, issued, new BigDecimal("4000.00"), "CNY");
        String invoiceEventId = kafka.publish(Topics.RECEIVABLES, invoice);
        kafka.publish(Topics.RECEIVABLES, invoiceEventId, invoice); // redelivered: must count once
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-COD-1", "C-COD", issued, issued.plusDays(1), 1,
                new BigDecimal("4000.00"), "CNY", 1, "FRIENDLY_REMINDER"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-COD").then()
                .body("exposure[0].open", equalTo("4000.00"))
                .body("exposure[0].overdue", equalTo("4000.00"))
                .body("hold.active", equalTo(true))
                .body("hold.reasons.code", contains("OVERDUE_CASH_ON_DELIVERY")));

        given().contentType(ContentType.JSON).body("{ \"amount\": \"2000.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-COD/shipment-clearance")
                .then().statusCode(200)
                .body("cleared", equalTo(false))
                .body("reasons.code", contains("OVERDUE_CASH_ON_DELIVERY", "CREDIT_LIMIT_EXCEEDED"))
                .body("reasons[0].message", equalTo("Cash-on-delivery customer has overdue invoices: INV-COD-1 (due 2026-01-05, "
                        + "4000.00 CNY open)"))
                .body("reasons[1].message", equalTo("Exposure 4000.00 + order 2000.00 exceeds the credit limit 5000.00 CNY"))
                .body("exposure", equalTo("4000.00"))
                .body("creditLimit", equalTo("5000.00"))
                .body("availableCredit", equalTo("1000.00"));

        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("BANK-1", "C-COD", new BigDecimal("4000.00"), "CNY",
                issued.plusDays(3), "BANK_TRANSFER", List.of(new Allocation("INV-COD-1", new BigDecimal("4000.00"))),
                new BigDecimal("0.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-COD").then()
                .body("hold.active", equalTo(false))
                .body("exposure", empty()));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"2000.00\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-COD/shipment-clearance")
                .then().statusCode(200).body("cleared", equalTo(true)).body("availableCredit", equalTo("5000.00"));

        // the hold and its release went out on customers.v1 for the other services
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertTrue(kafka.events(Topics.CUSTOMERS, SupplyHoldPlaced.class).stream()
                    .anyMatch(e -> e.customerId().equals("C-COD")));
            assertTrue(kafka.events(Topics.CUSTOMERS, SupplyHoldReleased.class).stream()
                    .anyMatch(e -> e.customerId().equals("C-COD")));
        });
    }

    @Test
    void raisingTheLimitByTheCreditManagerReleasesALimitHold() {
        given().contentType(ContentType.JSON).body(card("Big Buyer", "{ \"type\": \"NET_DAYS\", \"days\": 30 }", "1000.00"))
                .put("/api/customers/C-LIM").then().statusCode(201);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-LIM-1", "C-LIM", "DN-2", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), new BigDecimal("1500.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/customers/C-LIM").then()
                .body("hold.reasons.code", contains("CREDIT_LIMIT_EXCEEDED"))
                .body("hold.reasons[0].message", containsString("Exposure 1500.00 exceeds the credit limit 1000.00 CNY")));
        // the ERP's raise is only its proposal: the hold stands
        given().contentType(ContentType.JSON).body(card("Big Buyer", "{ \"type\": \"NET_DAYS\", \"days\": 30 }", "2000.00"))
                .put("/api/customers/C-LIM").then().statusCode(200).body("hold.active", equalTo(true))
                .body("proposedLimits[0].creditLimit", equalTo("2000.00"));
        // the credit manager's raise (up to the threshold: one person) releases it at once
        given().contentType(ContentType.JSON).body("{ \"creditLimit\": \"2000.00\", \"currency\": \"CNY\", "
                + "\"reason\": \"as the ERP proposes\" }").put("/api/customers/C-LIM/credit-limit").then().statusCode(200)
                .body("hold.active", equalTo(false)).body("creditLimit", equalTo("2000.00")).body("proposedLimits", empty());
        given().contentType(ContentType.JSON).body("{ \"amount\": \"600.00\", \"currency\": \"USD\" }")
                .post("/api/customers/C-LIM/shipment-clearance")
                .then().statusCode(200).body("cleared", equalTo(false))
                .body("reasons[0].message", containsString("No credit is granted in USD"));
        given().contentType(ContentType.JSON).body("{ \"amount\": \"1.001\", \"currency\": \"CNY\" }")
                .post("/api/customers/C-LIM/shipment-clearance")
                .then().statusCode(400).body("field", equalTo("amount"));
    }

    /** The operations page's figure: {@code getpaid_dead_letters_total} of a source topic, as Prometheus reads it. */
    static double deadLetters(String topic) {
        var line = java.util.regex.Pattern.compile("^getpaid_dead_letters_total\\{[^}]*topic=\"" + java.util.regex.Pattern.quote(
                topic) + "\"[^}]*\\} (\\S+)$", java.util.regex.Pattern.MULTILINE).matcher(given().get("/q/metrics").then()
                        .statusCode(200).extract().asString());
        assertTrue(line.find(), "getpaid_dead_letters_total{topic=\"" + topic + "\"} is in /q/metrics");
        return Double.parseDouble(line.group(1));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheRestGoesOn() {
        deadLetters(Topics.COMPLAINTS); // there from start-up, before any record of that topic failed
        double before = deadLetters(Topics.RECEIVABLES);
        // no type: not an event at all, so there is nothing to park it as (an unknown type is skipped instead)
        ProducerRecord<String, String> junk = new ProducerRecord<>(Topics.RECEIVABLES, "C-DLQ", "{}");
        junk.headers().add("ce_id", "junk-1".getBytes());
        kafka.send(junk);
        given().contentType(ContentType.JSON).body(card("After Junk", COD, "100.00")).put("/api/customers/C-DLQ")
                .then().statusCode(201);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-DLQ-1", "C-DLQ", "DN-3", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1), new BigDecimal("10.00"), "CNY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var dead = kafka.readAll(Topics.deadLetter("customer-service"));
            assertTrue(dead.stream().anyMatch(r -> "junk-1".equals(TestKafka.header(r, "ce_id"))));
            given().get("/api/customers/C-DLQ").then().body("exposure[0].open", equalTo("10.00"));
        });
        var dead = kafka.readAll(Topics.deadLetter("customer-service")).stream()
                .filter(r -> "junk-1".equals(TestKafka.header(r, "ce_id"))).findFirst().orElseThrow();
        assertEquals("record has no ce_type header", TestKafka.header(dead, "dead-letter-reason"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(before + 1, deadLetters(Topics.RECEIVABLES),
                "getpaid_dead_letters_total{topic=\"receivables.v1\"}")); // counted once Kafka took it
    }
}
