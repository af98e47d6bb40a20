package com.getpaid.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ComplaintServiceTest {

    /** Every call below acts with a token holding every role; the role table is tested on its own. */
    @BeforeEach
    void withEveryRole() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL)).build();
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static final String COMPLAINT = """
            { "customerId": "C-1001", "category": "PRODUCT_QUALITY", "channel": "PHONE",
              "description": "Batch 2411 arrived with cracked housings", "recordedBy": "front desk",
              "invoiceIds": ["INV-2026-00042"], "disputedAmount": "400.00", "currency": "CNY" }""";

    @Test
    void aLoggedComplaintIsKeptAndPublished() {
        String id = given().contentType(ContentType.JSON).body(COMPLAINT).post("/api/complaints")
                .then().statusCode(201)
                .body("status", equalTo("LOGGED"))
                .body("disputedAmount", equalTo("400.00"))
                .extract().path("id");
        given().get("/api/complaints/" + id).then().statusCode(200)
                .body("customerId", equalTo("C-1001"))
                .body("invoiceIds", contains("INV-2026-00042"))
                .body("description", equalTo("Batch 2411 arrived with cracked housings"));
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<ComplaintLogged> logged = kafka.events(Topics.COMPLAINTS, ComplaintLogged.class).stream()
                        .filter(e -> e.complaintId().equals(id)).toList();
                assertEquals(1, logged.size());
                assertEquals(new BigDecimal("400.00"), logged.get(0).disputedAmount());
                assertEquals("C-1001", logged.get(0).customerId());
            });
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameComplaint() {
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "call-7781").body(COMPLAINT)
                .post("/api/complaints").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "call-7781").body(COMPLAINT)
                .post("/api/complaints").then().statusCode(201).body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "call-7781").body(COMPLAINT.replace("PHONE", "FAX"))
                .post("/api/complaints").then().statusCode(409).body("field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.JSON).body(COMPLAINT).post("/api/complaints")
                .then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void badComplaintsAreRefusedNamingTheFields() {
        given().contentType(ContentType.JSON).body("""
                { "customerId": "C-1001", "category": "PRICE", "channel": "PIGEON", "description": "",
                  "recordedBy": "x", "disputedAmount": "1.001", "currency": "CNY" }""")
                .post("/api/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("category", "channel", "description", "disputedAmount"));
        given().get("/api/complaints/CMP-999999").then().statusCode(404);
        // a complaint naming 101 invoices would grow an event toward what Kafka refuses: bounded at 100
        String many = java.util.stream.IntStream.range(0, 101).mapToObj(n -> "\"INV-" + n + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        given().contentType(ContentType.JSON).body(COMPLAINT.replace("\"INV-2026-00042\"", many))
                .post("/api/complaints").then().statusCode(400).body("field", equalTo("invoiceIds"));
    }

    @Test
    void readinessReflectsTheDatabaseKafkaAndTheRelay() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("getpaid_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("getpaid_outbox_stuck"));
        given().get("/admin/outbox").then().statusCode(200).body("stuck", equalTo(0));
    }
}
