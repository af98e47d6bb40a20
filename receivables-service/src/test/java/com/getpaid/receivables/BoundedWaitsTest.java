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
