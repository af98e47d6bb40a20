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
import com.getpaid.kit.security.Roles;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    void aChunkedBodyOverTheLimitIsTheSameProblem() throws Exception {
        // no Content-Length (a stream of unknown length goes chunked): the size is only known while reading
        HttpResponse<String> answer = postChunked("{ \"invoiceId\": \"" + "X".repeat(2 * 1024 * 1024) + "\" }");
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"field\":\"body\""), answer.body());
        assertTrue(answer.body().contains("at most 256K"), answer.body());
        HttpResponse<String> small = postChunked("{}"); // a chunked body within the limit is read as usual
        assertEquals(400, small.statusCode(), small.body());
        assertTrue(small.body().contains("invoiceId"), small.body());
    }

    private static HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/invoices"))
                .header("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBurstForACustomerLockedElsewhereLeavesThePoolToTheOthers() throws Exception {
        String today = LocalDate.now().toString();
        String invoice = """
                { "invoiceId": "%s", "customerId": "%s", "deliveryRef": "DN-%1$s",
                  "issueDate": "%s", "amount": "10.00", "currency": "CNY" }""";
        List<CompletableFuture<Response>> burst = new ArrayList<>();
        var callers = java.util.concurrent.Executors.newFixedThreadPool(32);
        try (var other = db.getConnection()) {
            other.setAutoCommit(false);
            Sql.one(other, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1, "C-BURST"); // a long transaction elsewhere
            for (int i = 0; i < 30; i++) { // more than the pool's 20 connections
                String body = invoice.formatted("INV-BURST-" + i, "C-BURST", today);
                burst.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(body)
                        .post("/api/invoices"), callers));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnCustomerLocks(other) >= 8);
            // another customer's invoice is served while the burst waits (on main it waited for a connection)
            var free = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(invoice.formatted("INV-FREE-1", "C-FREE", today)).post("/api/invoices"), callers);
            Response answer = free.get(3, TimeUnit.SECONDS);
            assertEquals(201, answer.statusCode(), answer.asString());
            assertTrue(waitingOnCustomerLocks(other) <= 8, "the burst holds at most its share of the pool");
            other.rollback();
        }
        for (var command : burst) {
            int status = command.get(60, TimeUnit.SECONDS).statusCode();
            assertTrue(status == 201 || status == 503, "each of the burst is issued or refused to be sent again: " + status);
        }
        callers.shutdown();
    }

    /** Backends of this database waiting for an advisory lock (the customer's), seen from {@code c}'s transaction. */
    private static int waitingOnCustomerLocks(java.sql.Connection c) throws Exception {
        Sql.one(c, "SELECT pg_stat_clear_snapshot()", rs -> 1);
        return Sql.one(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND wait_event = 'advisory'", rs -> rs.getInt(1)).orElse(0);
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
