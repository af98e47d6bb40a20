package com.getpaid.customer.receivables;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A well-formed event that fails in the handler parks its customer, not the record: the customer's later events wait,
 * other customers flow, readiness names the customer, and a retry once the cause is mended applies them in order.
 * The cause here is a check the test puts on the exposure table (the database refusing the invoice), mended by
 * dropping it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PoisonParksTheCustomerTest {

    static final String REFUSE = "ALTER TABLE receivable_invoice ADD CONSTRAINT refuses_poison "
            + "CHECK (invoice_id NOT LIKE 'INV-POISON-%') NOT VALID";
    static final String MEND = "ALTER TABLE receivable_invoice DROP CONSTRAINT IF EXISTS refuses_poison";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    TestKafka kafka;

    @BeforeEach
    void connect() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("ops-user", Roles.ALL)).build();
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() throws Exception {
        sql(MEND);
        kafka.close();
    }

    void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static void register(String id) {
        given().contentType(ContentType.JSON).body("""
                { "name": "Poison %s", "email": "ap@huadong.example", "preferredLanguage": "zh-CN",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "100000.00", "currency": "CNY" }"""
                .formatted(id)).put("/api/customers/" + id).then().statusCode(201);
    }

    String invoice(String customer, String invoiceId, String amount) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return kafka.publish(Topics.RECEIVABLES, new InvoiceIssued(invoiceId, customer, "DN-" + invoiceId, today,
                today.plusDays(30), new BigDecimal(amount), "CNY"));
    }

    static void open(String customer, String amount) {
        given().get("/api/customers/" + customer).then().statusCode(200).body("exposure[0].open", equalTo(amount));
    }

    static double metric(String name, String tag, String value) {
        var line = Pattern.compile("^" + name + "\\{[^}]*" + tag + "=\"" + Pattern.quote(value) + "\"[^}]*\\} (\\S+)$",
                Pattern.MULTILINE).matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void aHandlerFailureParksTheCustomerItsLaterEventsWaitOthersFlowAndARetryAppliesThemInOrder() throws Exception {
        register("C-PA");
        register("C-PB");
        sql(REFUSE);
        String first = invoice("C-PA", "INV-PA-1", "100.00");
        String poison = invoice("C-PA", "INV-POISON-1", "200.00");
        String behind = invoice("C-PA", "INV-PA-2", "300.00");
        invoice("C-PB", "INV-PB-1", "50.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open("C-PB", "50.00");
            given().get("/admin/parked").then().statusCode(200)
                    .body("find { it.key == 'C-PA' }.consumer", equalTo(Topics.RECEIVABLES))
                    .body("find { it.key == 'C-PA' }.eventId", equalTo(poison))
                    .body("find { it.key == 'C-PA' }.reason", containsString("refuses_poison"))
                    .body("find { it.key == 'C-PA' }.waiting", equalTo(2));
        });
        open("C-PA", "100.00");
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'parked-keys' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'parked-keys' }.data.degraded", equalTo(true))
                .body("checks.find { it.name == 'parked-keys' }.data.keys", containsString("receivables.v1/C-PA"));
        await().atMost(Duration.ofSeconds(15)).until(() -> metric("getpaid_consumer_parked_keys", "consumer",
                Topics.RECEIVABLES) >= 1);

        // a later event of the parked customer waits behind; the other customer's flows
        String later = invoice("C-PA", "INV-PA-3", "400.00");
        invoice("C-PB", "INV-PB-2", "25.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            open("C-PB", "75.00");
            given().get("/admin/parked/receivables.v1/C-PA").then().statusCode(200).body("key.waiting", equalTo(3));
        });
        open("C-PA", "100.00");
        List<String> waiting = given().get("/admin/parked/receivables.v1/C-PA").then().extract().jsonPath()
                .getList("records.eventId");
        assertEquals(List.of(poison, behind, later), waiting);
        assertTrue(kafka.readAll(Topics.deadLetter("customer-service")).stream()
                .noneMatch(r -> List.of(first, poison, behind, later).contains(TestKafka.header(r, "ce_id"))));

        // retried before the cause is mended: still parked, tried twice
        given().post("/admin/parked/receivables.v1/C-PA/retry").then().statusCode(200)
                .body("parked", equalTo(true)).body("applied", equalTo(0)).body("reason", containsString("refuses_poison"));
        given().get("/admin/parked/receivables.v1/C-PA").then().body("key.attempts", equalTo(2));

        sql(MEND);
        given().post("/admin/parked/receivables.v1/C-PA/retry").then().statusCode(200)
                .body("parked", equalTo(false)).body("applied", equalTo(3));
        open("C-PA", "1000.00");
        given().get("/admin/parked/receivables.v1/C-PA").then().statusCode(404);

        // unparked: the next event is applied straight away
        invoice("C-PA", "INV-PA-4", "1.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> open("C-PA", "1001.00"));
    }

    @Test
    void aSkipNeedsAReasonAndAnOperatorAndKeepsWhoSkippedThenAppliesTheRest() throws Exception {
        register("C-PS");
        sql(REFUSE);
        invoice("C-PS", "INV-POISON-2", "200.00");
        invoice("C-PS", "INV-PS-1", "10.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/admin/parked/receivables.v1/C-PS").then()
                .statusCode(200).body("key.waiting", equalTo(2)));

        given().contentType(ContentType.JSON).body("{}").post("/admin/parked/receivables.v1/C-PS/skip").then()
                .statusCode(400).body(containsString("reason"));
        given().get("/admin/parked/receivables.v1/C-PS").then().body("key.waiting", equalTo(2));
        var operator = RestAssured.requestSpecification;
        RestAssured.requestSpecification = null; // a collector's own token: not an operator
        given().header("Authorization", "Bearer " + PlatformTestResource.token("a-collector", List.of(Roles.COLLECTOR)))
                .contentType(ContentType.JSON).body("{ \"reason\": \"cancelled\" }")
                .post("/admin/parked/receivables.v1/C-PS/skip").then().statusCode(403);
        RestAssured.requestSpecification = operator;
        given().get("/admin/parked/receivables.v1/C-PS").then().body("key.waiting", equalTo(2));

        given().contentType(ContentType.JSON).body("{ \"reason\": \"the invoice was cancelled in the ERP\" }")
                .post("/admin/parked/receivables.v1/C-PS/skip").then().statusCode(200)
                .body("parked", equalTo(false)).body("applied", equalTo(1));
        open("C-PS", "10.00");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT skipped_by, reason FROM parked_skip WHERE key = 'C-PS'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("ops-user ("), rs.getString(1));
            assertEquals("the invoice was cancelled in the ERP", rs.getString(2));
        }
    }

    @Test
    void anEventTypeThisBuildDoesNotKnowIsSkippedAndCountedNotDeadLettered() {
        register("C-PU");
        ProducerRecord<String, String> newer = new ProducerRecord<>(Topics.RECEIVABLES, "C-PU", "{}");
        newer.headers().add("ce_id", "newer-1".getBytes()).add("ce_type", "InvoiceRenamedByANewerProducer".getBytes());
        kafka.send(newer);
        invoice("C-PU", "INV-PU-1", "10.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> open("C-PU", "10.00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("getpaid_consumer_unknown_types_total", "type",
                "InvoiceRenamedByANewerProducer") == 1.0);
        assertTrue(kafka.readAll(Topics.deadLetter("customer-service")).stream()
                .noneMatch(r -> "newer-1".equals(TestKafka.header(r, "ce_id"))));
        given().get("/admin/parked").then().body("find { it.key == 'C-PU' }", nullValue());
    }
}
