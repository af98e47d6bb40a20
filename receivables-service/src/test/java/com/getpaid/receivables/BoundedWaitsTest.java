package com.getpaid.receivables;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.store.AdvisoryLocks;
import com.getpaid.events.store.Sql;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a caller gets when the request is too big or the data it needs stays busy: a problem, never a hang. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BoundedWaitsTest {

    @Inject
    DataSource db;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    @Test
    void aBodyOverTheLimitIsAProblemNamingTheLimit() {
        String huge = "{ \"invoiceId\": \"" + "X".repeat(2 * 1024 * 1024) + "\" }";
        given().contentType(ContentType.JSON).body(huge).post("/api/invoices").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413)).body("field", equalTo("body"))
                .body("detail", containsString("at most 256K"));
        post("/api/invoices", "{}").statusCode(400); // the next request is served as usual
    }

    @Test
    void aCustomerLockedElsewhereAnswers503WithinTheLockTimeout() throws Exception {
        String today = LocalDate.now().toString();
        try (var other = db.getConnection()) {
            other.setAutoCommit(false);
            Sql.one(other, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1, "C-LOCKED"); // a long transaction elsewhere
            long start = System.nanoTime();
            var issuing = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body("""
                    { "invoiceId": "INV-LOCKED-1", "customerId": "C-LOCKED", "deliveryRef": "DN-LOCKED-1",
                      "issueDate": "%s", "amount": "10.00", "currency": "CNY" }""".formatted(today))
                    .post("/api/invoices"));
            Response answer = issuing.get(20, TimeUnit.SECONDS);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertEquals(503, answer.statusCode(), answer.asString());
            assertEquals("application/problem+json", answer.contentType());
            assertEquals("2", answer.header("Retry-After"));
            assertTrue(seconds < 15, "answered after " + seconds + " s: the lock timeout is 5 s and not retried");
            other.rollback();
        }
        // nothing was changed; once the lock is gone the same request goes through
        given().get("/api/invoices/INV-LOCKED-1").then().statusCode(404);
        await().atMost(Duration.ofSeconds(20)).until(() -> post("/api/invoices", """
                { "invoiceId": "INV-LOCKED-1", "customerId": "C-LOCKED", "deliveryRef": "DN-LOCKED-1",
                  "issueDate": "%s", "amount": "10.00", "currency": "CNY" }""".formatted(today))
                .extract().statusCode() == 201);
    }
}
