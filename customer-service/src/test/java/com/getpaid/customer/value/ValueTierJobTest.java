package com.getpaid.customer.value;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.getpaid.events.Topics;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Value tiers from receivables' invoices in the real database, on the card and in the dashboard list. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ValueTierJobTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    ValueTierJob job;

    static io.restassured.specification.RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("someone", List.of(role)));
    }

    @Test
    void the_biggest_customer_is_tier_A_the_small_one_C_whatever_its_grade() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // far bigger than anything else the tests put in this database: their ranking does not depend on it
        String[][] customers = { { "C-V1", "90000000.00" }, { "C-V2", "9000000.00" }, { "C-V3", "10.00" } };
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            for (String[] c : customers) {
                as(Roles.ERP).contentType(ContentType.JSON).body("""
                        { "name": "%s Ltd", "email": "ap@v.example", "preferredLanguage": "en",
                          "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "1.00", "currency": "CNY" }"""
                        .formatted(c[0])).put("/api/customers/" + c[0]).then().statusCode(201);
                kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-" + c[0], c[0], "DN-" + c[0], today.minusDays(10),
                        today.plusDays(20), new BigDecimal(c[1]), "CNY"));
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Roles.SUPERVISOR).get("/api/customers/C-V3").then()
                .body("exposure[0].open", equalTo("10.00")));
        job.recompute();
        as(Roles.SUPERVISOR).get("/api/customers/C-V1").then().body("value.tier", equalTo("A")).body("valueTier", equalTo("A"))
                .body("rfm", org.hamcrest.Matchers.matchesPattern("[1-5]{3}"))
                .body("value.revenue", equalTo("90000000.00")).body("value.computedOn", equalTo(today.toString()));
        as(Roles.SUPERVISOR).get("/api/customers/C-V2").then().body("value.tier", equalTo("B"));
        as(Roles.SUPERVISOR).get("/api/customers/C-V3").then().body("value.tier", equalTo("C"));
        as(Roles.VIEWER).get("/api/customers?tier=A&size=100").then().body("customerId", hasItem("C-V1"))
                .body("customerId", not(hasItem("C-V3")));
        as(Roles.VIEWER).get("/api/customers?tier=Z").then().statusCode(400);
    }
}
