package com.getpaid.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A collector sees the tasks and letters of the customers they manage and completes only their own tasks; a supervisor
 * and a credit manager see all; pages are bounded. Customers and invoices arrive over the real broker.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StaffScopeServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(PlatformTestResource.token(user, List.of(roles))).contentType(ContentType.JSON);
    }

    /** A customer managed by {@code manager}, its first delivery ten days ago and that invoice overdue. */
    void managedBy(TestKafka kafka, String customerId, String manager) {
        LocalDate issued = LocalDate.now().minusDays(10);
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered(customerId, "Scope Test " + manager, customerId.toLowerCase()
                + "@example.com", "en", PaymentTerms.netDays(5), new BigDecimal("5000.00"), "CNY",
                new CollectionProfile(manager, null, null, null, null, null)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-" + customerId, customerId, "DN-" + customerId, issued,
                issued.plusDays(5), new BigDecimal("300.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-" + customerId, customerId, issued.plusDays(5),
                issued.plusDays(6), 4, new BigDecimal("300.00"), "CNY", 1, "FRIENDLY_REMINDER"));
    }

    @Test
    void a_collector_sees_and_completes_only_the_tasks_and_letters_of_their_customers() {
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            managedBy(kafka, "C-SCOPE-LI", "li.na");
            managedBy(kafka, "C-SCOPE-WU", "wu.lei");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as("boss", Roles.SUPERVISOR).get("/api/follow-ups?customerId=C-SCOPE-WU").then().body("", hasSize(3));
            as("boss", Roles.SUPERVISOR).get("/api/follow-ups?customerId=C-SCOPE-LI").then().body("", hasSize(3));
            as("boss", Roles.SUPERVISOR).get("/api/notifications?customerId=C-SCOPE-WU").then().body("", hasSize(1));
            as("boss", Roles.SUPERVISOR).get("/api/notifications?customerId=C-SCOPE-LI").then().body("", hasSize(1));
        });

        // li.na: her customer's tasks and letter; wu.lei's customer is not there, asked for by id or not
        as("li.na", Roles.COLLECTOR).get("/api/follow-ups?customerId=C-SCOPE-WU").then().statusCode(200).body("", empty());
        as("li.na", Roles.COLLECTOR).get("/api/follow-ups?customerId=C-SCOPE-LI").then().body("", hasSize(3));
        as("li.na", Roles.COLLECTOR).get("/api/follow-ups?size=100").then().statusCode(200)
                .body("customerId", hasItem("C-SCOPE-LI")).body("customerId", not(hasItem("C-SCOPE-WU")));
        as("li.na", Roles.COLLECTOR).get("/api/follow-ups?assignee=wu.lei").then().body("", empty());
        as("li.na", Roles.COLLECTOR).get("/api/notifications?customerId=C-SCOPE-WU").then().statusCode(200).body("", empty());
        as("li.na", Roles.COLLECTOR).get("/api/notifications?customerId=C-SCOPE-LI").then().body("customerId",
                contains("C-SCOPE-LI"));
        as("li.na", Roles.COLLECTOR).get("/api/notifications?size=100").then().body("customerId", hasItem("C-SCOPE-LI"))
                .body("customerId", not(hasItem("C-SCOPE-WU")));

        // completing wu.lei's task is a 404 and records nothing; wu.lei completes it
        String wus = as("boss", Roles.SUPERVISOR).get("/api/follow-ups?customerId=C-SCOPE-WU").then().extract()
                .path("[0].id");
        String done = "{ \"outcome\": \"REACHED\", \"note\": \"Goods fine\" }";
        as("li.na", Roles.COLLECTOR).body(done).post("/api/follow-ups/" + wus + "/completion").then().statusCode(404)
                .contentType("application/problem+json");
        as("zhou.min", Roles.SUPPORT).body(done).post("/api/follow-ups/" + wus + "/completion").then().statusCode(404);
        as("boss", Roles.SUPERVISOR).get("/api/follow-ups?customerId=C-SCOPE-WU&status=DONE").then().body("", empty());
        as("wu.lei", Roles.COLLECTOR).body(done).post("/api/follow-ups/" + wus + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedBy", equalTo("wu.lei"));

        // supervisors and credit managers see every customer's
        for (String[] who : new String[][] { { "boss", Roles.SUPERVISOR }, { "wang.fang", Roles.CREDIT_MANAGER } }) {
            as(who[0], who[1]).get("/api/follow-ups?kind=AFTER_SALES_FOLLOW_UP&size=100&due=" + LocalDate.now().plusMonths(4))
                    .then().statusCode(200).body("customerId", hasItems("C-SCOPE-LI", "C-SCOPE-WU"));
            as(who[0], who[1]).get("/api/notifications?customerId=C-SCOPE-WU").then().body("", hasSize(1));
        }
    }

    @Test
    void a_page_of_tasks_or_messages_is_at_most_100_and_more_is_a_400_naming_size() {
        as("boss", Roles.SUPERVISOR).get("/api/follow-ups?size=100").then().statusCode(200);
        as("boss", Roles.SUPERVISOR).get("/api/follow-ups?size=101").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("size"));
        as("boss", Roles.SUPERVISOR).get("/api/notifications?size=101").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
    }
}
