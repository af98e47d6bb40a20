package com.getpaid.complaint.due;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's due-work runner as wired in a service: an item scheduled in a transaction is shown, then run when due. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DueWorkRunnerTest {

    @Inject
    Clock clock;
    @Inject
    Kernel kernel;
    @Inject
    DueWork dueWork;
    @Inject
    TestPingHandler ping;

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    static io.restassured.specification.RequestSpecification as(String role) {
        return given().auth().oauth2(PlatformTestResource.token("ops", List.of(role)));
    }

    @Test
    void an_item_scheduled_for_later_is_shown_and_runs_once_the_clock_reaches_it() {
        String key = "C-DUE-" + UUID.randomUUID();
        Instant due = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        kernel.transact(c -> {
            dueWork.schedule(c, TestPingHandler.KIND, key, due);
            return null;
        });

        as(Roles.ADMIN).get("/admin/due-work?key=" + key).then().statusCode(200)
                .body("items.kind", equalTo(List.of(TestPingHandler.KIND)))
                .body("items[0].dueAt", equalTo(due.toString()))
                .body("items[0].attempts", equalTo(0))
                .body("kinds.kind", hasItem(TestPingHandler.KIND));
        assertFalse(ping.pinged().contains(key), "ran before it was due");

        ((AdjustableClock) clock).set(Instant.now().plus(Duration.ofHours(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> ping.pinged().contains(key));
        as(Roles.ADMIN).get("/admin/due-work?key=" + key).then().statusCode(200).body("items", empty());
        assertEquals(1, ping.pinged().stream().filter(key::equals).count(), "ran once");
    }

    @Test
    void the_queue_is_for_operators_only() {
        as(Roles.SUPPORT).get("/admin/due-work").then().statusCode(403);
        as(Roles.ADMIN).get("/admin/due-work?failing=true&size=101").then().statusCode(400);
        as(Roles.ADMIN).get("/admin/due-work?failing=true").then().statusCode(200).body("more", equalTo(false));
    }
}
