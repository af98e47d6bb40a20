package com.getpaid.complaint;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.kit.AdjustableClock;
import com.getpaid.kit.due.DueWorkRunner;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A complaint through its workflow over HTTP, against the real database and broker. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ComplaintWorkflowServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    Clock clock;
    @Inject
    DueWorkRunner dueWork;

    @BeforeEach
    void asSupport() {
        as(Roles.SUPPORT);
    }

    @AfterEach
    void realTime() {
        ((AdjustableClock) clock).set(Instant.now());
    }

    private static String token;

    static void as(String... roles) {
        token = PlatformTestResource.token("zhou.min", List.of(roles));
    }

    static io.restassured.specification.RequestSpecification api() {
        return given().auth().oauth2(token);
    }

    static final String FORM = """
            { "customerId": "C-3001", "category": "PRODUCT_QUALITY", "channel": "PHONE",
              "description": "Batch 2411 arrived with cracked housings", "recordedBy": "front desk",
              "contactPerson": "Mr Zhang (purchasing)",
              "product": { "name": "Hinge H-20", "specification": "20 mm, zinc", "productionDate": "2026-10-03", "batchNumber": "2411" },
              "usedOn": "2026-11-18", "whatHappened": "Twelve of forty housings cracked when mounted",
              "customerWish": "Replace them", "deliveryRefs": ["DN-7781"],
              "invoiceIds": ["INV-3001-1"], "disputedAmount": "2000.00", "currency": "CNY" }""";

    static String logged(String form) {
        return api().contentType(ContentType.JSON).body(form).post("/api/complaints").then().statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse step(String id, String step, String body) {
        return api().contentType(ContentType.JSON).body(body).post("/api/complaints/" + id + "/" + step).then();
    }

    @Test
    void a_complaint_with_compensation_above_the_threshold_goes_through_approval_to_closing_and_is_credited_once() {
        String id = logged(FORM);
        api().get("/api/complaints/" + id).then().statusCode(200).body("status", equalTo("LOGGED"))
                .body("recordedBy", equalTo("zhou.min (front desk)")) // the token's user; the body's name beside it
                .body("product.batchNumber", equalTo("2411")).body("severity", equalTo("NORMAL"))
                .body("deliveryRefs[0]", equalTo("DN-7781"));
        step(id, "assignment", "{\"handler\": \"zhou.min\", \"assignedBy\": \"front desk\"}").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("handler", equalTo("zhou.min"));
        step(id, "investigation", "{\"findings\": \"Housings too brittle\", \"rootCause\": \"MOULD_TEMPERATURE\", "
                + "\"investigatedBy\": \"zhou.min\"}").statusCode(200).body("status", equalTo("INVESTIGATING"));
        step(id, "resolution", "{\"remedy\": \"COMPENSATION\", \"amount\": \"2000.01\", \"currency\": \"CNY\", "
                + "\"proposedBy\": \"zhou.min\"}").statusCode(422).body("field", equalTo("amount"))
                .body("detail", containsString("disputes 2000.00 CNY")); // never more than it disputes
        step(id, "resolution", "{\"remedy\": \"COMPENSATION\", \"amount\": \"1500.00\", \"currency\": \"CNY\", "
                + "\"note\": \"Credit for the housings\", \"proposedBy\": \"zhou.min\"}").statusCode(200)
                .body("status", equalTo("RESOLUTION_PROPOSED")).body("resolution.approvalNeeded", equalTo(true))
                .body("resolution.amount", equalTo("1500.00"));
        step(id, "approval", "{\"approvedBy\": \"Wang Fang\"}").statusCode(403); // support may not approve
        as(Roles.CREDIT_MANAGER);
        step(id, "approval", "{\"approvedBy\": \"Wang Fang\"}").statusCode(200).body("status", equalTo("APPROVED"))
                .body("resolution.approvedBy", equalTo("zhou.min (Wang Fang)"));
        as(Roles.SUPPORT);
        step(id, "acceptance", "{\"acceptedBy\": \"Mr Zhang\"}").statusCode(200).body("status", equalTo("ACCEPTED"));
        ValidatableResponse done = step(id, "execution", "{\"department\": \"FINANCE\", \"recordedBy\": \"zhou.min\"}")
                .statusCode(200).body("status", equalTo("CARRIED_OUT")).body("resolution.creditNoteId", equalTo("CN-" + id));
        Instant carriedOut = Instant.parse(done.extract().path("carriedOutAt"));
        assertEquals(carriedOut.plus(Duration.ofHours(72)), Instant.parse(done.extract().path("callbackDue")));
        step(id, "callbacks", "{\"reached\": true, \"satisfied\": true, \"note\": \"content\", \"calledBy\": \"zhou.min\"}")
                .statusCode(200).body("status", equalTo("CLOSED")).body("satisfied", equalTo(true));
        api().get("/api/complaints?customerId=C-3001&status=CLOSED").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        api().get("/api/complaints?status=OPENISH").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.contains("status"));

        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<ComplaintCompensationAgreed> credited = kafka.events(Topics.COMPLAINTS, ComplaintCompensationAgreed.class)
                        .stream().filter(e -> e.complaintId().equals(id)).toList();
                assertEquals(1, credited.size());
                assertEquals("INV-3001-1", credited.get(0).invoiceId());
                assertEquals(1, kafka.events(Topics.COMPLAINTS, ComplaintClosed.class).stream()
                        .filter(e -> e.complaintId().equals(id)).count());
            });
        }
    }

    @Test
    void a_step_from_the_wrong_state_is_a_409_naming_the_state_and_a_retry_with_its_key_gets_the_first_answer() {
        String id = logged(FORM);
        step(id, "acceptance", "{\"acceptedBy\": \"Mr Zhang\"}").statusCode(409).contentType("application/problem+json")
                .body("field", equalTo("status")).body("detail", containsString("is LOGGED"))
                .body("detail", containsString("needs it APPROVED"));
        String body = "{\"handler\": \"zhou.min\", \"assignedBy\": \"front desk\"}";
        api().contentType(ContentType.JSON).header("Idempotency-Key", "a-1").body(body)
                .post("/api/complaints/" + id + "/assignment").then().statusCode(200).body("status", equalTo("ASSIGNED"));
        api().contentType(ContentType.JSON).header("Idempotency-Key", "a-1").body(body)
                .post("/api/complaints/" + id + "/assignment").then().statusCode(200).body("handler", equalTo("zhou.min"));
        as(Roles.ADMIN); // taken: no dispatch to watch any more
        api().get("/admin/due-work?key=" + id).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(Roles.SUPPORT);
        step(id, "callbacks", "{\"reached\": true, \"calledBy\": \"zhou.min\"}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("satisfied"));
        step(id, "resolution", "{\"remedy\": \"COMPENSATION\", \"proposedBy\": \"z\"}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("currency", "amount"));
        step("CMP-999999", "assignment", body).statusCode(404);
        step(id, "assignment", "{").statusCode(400);
    }

    @Test
    void a_complaint_nobody_takes_within_60_business_minutes_is_flagged_once_and_goes_to_the_senior_handler() {
        AdjustableClock controlled = (AdjustableClock) clock;
        Instant monday10 = Instant.parse("2027-03-01T02:00:00Z"); // Monday 10:00 in Shanghai
        controlled.set(monday10);
        String id = logged(FORM);
        api().get("/api/complaints/" + id).then().body("dispatchDue", org.hamcrest.Matchers.startsWith("2027-03-01T03:00:00"))
                .body("handler", nullValue());
        as(Roles.ADMIN); // why has nothing happened yet: the dispatch is queued for its due time
        api().get("/admin/due-work?key=" + id).then().statusCode(200).body("items.kind", contains("complaint-dispatch"))
                .body("items[0].dueAt", org.hamcrest.Matchers.startsWith("2027-03-01T03:00:00"));
        as(Roles.SUPPORT);
        controlled.set(monday10.plus(Duration.ofMinutes(59)));
        dueWork.runDue();
        api().get("/api/complaints/" + id).then().body("status", equalTo("LOGGED")).body("dispatchOverdue", equalTo(false));
        controlled.set(monday10.plus(Duration.ofMinutes(61)));
        dueWork.runDue(); // the runner's own poll may take it first: either way it is run once
        dueWork.runDue();
        as(Roles.SUPERVISOR); // the senior handler's now: zhou.min (support) no longer sees it, a supervisor does
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api().get("/api/complaints/" + id).then()
                .body("status", equalTo("ASSIGNED")).body("dispatchOverdue", equalTo(true))
                .body("handler", equalTo("senior-handler")));
        as(Roles.SUPPORT);
        api().get("/api/complaints/" + id).then().statusCode(404);
        api().get("/admin/due-work?key=" + id).then().statusCode(403); // support does not see the queue
        as(Roles.ADMIN);
        api().get("/admin/due-work?key=" + id).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(Roles.SUPPORT);
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, kafka.events(Topics.COMPLAINTS,
                    ComplaintDispatchOverdue.class).stream().filter(e -> e.complaintId().equals(id)).count()));
        }
        // the board shows it among the dispatches overdue; the analysis of that day counts it as breached
        api().get("/api/complaints/board").then().statusCode(200)
                .body("dispatchOverdue.complaintId", org.hamcrest.Matchers.hasItem(id))
                .body("openByStatus.ASSIGNED", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        api().get("/api/complaints/analysis?from=2027-03-01&to=2027-03-01").then().statusCode(200)
                .body("complaints", equalTo(1)).body("dispatch.breached", equalTo(1)).body("dispatch.met", equalTo(0))
                .body("dispatch.compliance", equalTo("0.0")).body("byBatch[0].key", equalTo("2411"))
                .body("byCustomer[0].key", equalTo("C-3001"));
        api().get("/api/complaints/analysis?from=2027-03-02&to=2027-03-01").then().statusCode(400)
                .body("field", equalTo("from"));
    }

    @Test
    void a_serious_complaint_is_with_the_senior_handler_from_the_start() {
        String id = logged(FORM.replace("\"currency\": \"CNY\" }", "\"currency\": \"CNY\", \"severity\": \"SERIOUS\" }"));
        as(Roles.SUPERVISOR);
        api().get("/api/complaints/" + id).then().body("status", equalTo("ASSIGNED")).body("severity", equalTo("SERIOUS"))
                .body("handler", equalTo("senior-handler"));
    }
}
