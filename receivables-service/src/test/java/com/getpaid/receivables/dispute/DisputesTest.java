package com.getpaid.receivables.dispute;

import static com.getpaid.receivables.TestApi.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import com.getpaid.receivables.TestApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disputes through the API and through complaints.v1, with their resolution and credit note. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DisputesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void withEveryRole() {
        TestApi.actWithEveryRole();
    }

    static void invoice(String id, String amount) {
        post("/api/invoices", """
                { "invoiceId": "%s", "customerId": "C-DS", "issueDate": "2026-05-01", "dueDate": "2026-06-01", "amount": "%s",
                  "currency": "CNY" }""".formatted(id, amount)).statusCode(201);
    }

    @Test
    void aDisputeIsOpenedOnceAndSettledWithACreditNote() {
        invoice("DS-1", "1000.00");
        String dispute = """
                { "disputeId": "DSP-T1", "invoiceId": "DS-1", "amount": "400.00", "currency": "CNY",
                  "reason": "Cracked housings", "raisedBy": "Li Na" }""";
        String first = post("/api/disputes", dispute).statusCode(201).body("customerId", equalTo("C-DS")).extract().asString();
        assertEquals(first, post("/api/disputes", dispute).statusCode(201).extract().asString());
        post("/api/disputes", dispute.replace("DSP-T1", "DSP-T2").replace("400.00", "600.01")).statusCode(422)
                .body("field", equalTo("amount"));
        post("/api/disputes", dispute.replace("DSP-T1", "DSP-T3").replace("\"DS-1\"", "\"DS-NONE\"")).statusCode(404);
        post("/api/disputes", dispute.replace("DSP-T1", "DSP-T4").replace("CNY", "XXX")).statusCode(400)
                .body("field", equalTo("currency"));
        given().get("/api/invoices/DS-1").then().body("disputedAmount", equalTo("400.00"));

        String settle = "{ \"outcome\": \"SETTLED\", \"creditNoteAmount\": \"250.00\", \"resolvedBy\": \"Wang Fang\" }";
        post("/api/disputes/DSP-T1/resolution", settle.replace("SETTLED", "MAYBE")).statusCode(400).body("field", equalTo("outcome"));
        post("/api/disputes/DSP-T1/resolution", settle.replace("250.00", "2.555")).statusCode(400)
                .body("field", equalTo("creditNoteAmount"));
        String resolved = post("/api/disputes/DSP-T1/resolution", settle).statusCode(201)
                .body("creditNoteId", equalTo("CN-DSP-T1")).extract().asString();
        assertEquals(resolved, post("/api/disputes/DSP-T1/resolution", settle).statusCode(201).extract().asString());
        post("/api/disputes/DSP-T1/resolution", settle.replace("SETTLED", "UPHELD")).statusCode(409);
        post("/api/disputes/DSP-NONE/resolution", settle).statusCode(404);
        given().get("/api/invoices/DS-1").then().body("openAmount", equalTo("750.00")).body("disputedAmount", equalTo("0.00"))
                .body("creditNotes[0].creditNoteId", equalTo("CN-DSP-T1"));
        given().get("/api/disputes?customerId=C-DS").then().statusCode(200)
                .body("find { it.disputeId == 'DSP-T1' }.status", equalTo("RESOLVED"))
                .body("find { it.disputeId == 'DSP-T1' }.outcome", equalTo("SETTLED"))
                .body("find { it.disputeId == 'DSP-T1' }.creditNoteAmount", equalTo("250.00"));
    }

    @Test
    void aComplaintNamingAnInvoiceWithADisputedAmountOpensADisputeByItself() {
        invoice("DS-2", "500.00");
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            String id = kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-DS-1", "C-DS", "PRODUCT_QUALITY", "PHONE",
                    "Half the batch is cracked", "front desk", List.of("DS-2"), new BigDecimal("300.00"), "CNY", Instant.now(), null, null, null, null, null, null, null, null));
            kafka.publish(Topics.COMPLAINTS, id, new ComplaintLogged("CMP-DS-1", "C-DS", "PRODUCT_QUALITY", "PHONE",
                    "Half the batch is cracked", "front desk", List.of("DS-2"), new BigDecimal("300.00"), "CNY", Instant.now(),
                    null, null, null, null, null, null, null, null));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/invoices/DS-2").then()
                .body("disputedAmount", equalTo("300.00")));
        given().get("/api/disputes?customerId=C-DS").then().body("disputeId", hasItem("CMP-DS-1-1"))
                .body("find { it.disputeId == 'CMP-DS-1-1' }.complaintId", equalTo("CMP-DS-1"));

        // the remedy carried out: its credit note, once, however often the event arrives
        ComplaintCompensationAgreed agreed = new ComplaintCompensationAgreed("CMP-DS-1", "C-DS", "CN-CMP-DS-1", "COMPENSATION",
                new BigDecimal("120.00"), "CNY", "DS-2", LocalDate.now());
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.COMPLAINTS, agreed);
            kafka.publish(Topics.COMPLAINTS, agreed);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/invoices/DS-2").then()
                .body("openAmount", equalTo("380.00")).body("creditNotes.creditNoteId", contains("CN-CMP-DS-1")));
        // the note settles 120.00 of the complaint's dispute, not taken off twice; the other 180.00 stays disputed until closed
        given().get("/api/invoices/DS-2").then().body("disputedAmount", equalTo("180.00"));
        given().get("/api/disputes?customerId=C-DS").then()
                .body("find { it.disputeId == 'CMP-DS-1-1' }.status", equalTo("RESOLVED"))
                .body("find { it.disputeId == 'CMP-DS-1-1' }.creditNoteId", equalTo("CN-CMP-DS-1"))
                .body("find { it.disputeId == 'CMP-DS-1-2' }.status", equalTo("OPEN"))
                .body("find { it.disputeId == 'CMP-DS-1-2' }.amount", equalTo("180.00"));

        // closing the complaint settles its dispute: the rest is dunned again
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.COMPLAINTS, new ComplaintClosed("CMP-DS-1", "C-DS", "CLOSED", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/invoices/DS-2").then()
                .body("disputedAmount", equalTo("0.00")).body("openAmount", equalTo("380.00")));
        given().get("/api/disputes?customerId=C-DS").then()
                .body("find { it.disputeId == 'CMP-DS-1-2' }.status", equalTo("RESOLVED"))
                .body("find { it.disputeId == 'CMP-DS-1-2' }.outcome", equalTo("SETTLED"));
    }

    @Test
    void aCollectorsLargeDisputeIsUnconfirmedUntilACreditManagerConfirmsItAndIsListedForReview() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        invoice("DS-3", "60000.00");
        String dispute = """
                { "disputeId": "DSP-C1", "invoiceId": "DS-3", "amount": "50000.00", "currency": "CNY",
                  "reason": "Half the batch never arrived" }""";
        // C-DS has no account manager, so no collector sees it: the team lead opens it (not a credit manager either)
        TestApi.as("li.na", "supervisor").body(dispute.replace("DSP-C1", "DSP-C0").replace("\"CNY\"",
                "\"CNY\", \"reviewBy\": \"" + today.plusDays(31) + "\"")).post("/api/disputes").then().statusCode(422)
                .body("field", equalTo("reviewBy"));
        TestApi.as("li.na", "supervisor").body(dispute).post("/api/disputes").then().statusCode(201)
                .body("awaitingConfirmation", equalTo(true)).body("reviewBy", equalTo(today.plusDays(14).toString()));
        given().get("/api/invoices/DS-3").then().body("disputedAmount", equalTo("50000.00")); // out of dunning at once
        given().get("/api/disputes?customerId=C-DS").then()
                .body("find { it.disputeId == 'DSP-C1' }.status", equalTo("UNCONFIRMED"));

        TestApi.as("li.na", "collector").post("/api/disputes/DSP-C1/confirmation").then().statusCode(403);
        String confirmed = TestApi.as("wang.fang", "credit-manager").post("/api/disputes/DSP-C1/confirmation").then()
                .statusCode(201).body("confirmedBy", equalTo("wang.fang")).body("amount", equalTo("50000.00")).extract()
                .asString();
        assertEquals(confirmed, TestApi.as("wang.fang", "credit-manager").post("/api/disputes/DSP-C1/confirmation").then()
                .statusCode(201).extract().asString(), "the same confirmation again, the same answer");
        TestApi.as("wang.fang", "credit-manager").post("/api/disputes/DSP-NONE/confirmation").then().statusCode(404);
        // a credit manager's own dispute needs no confirmation
        TestApi.as("wang.fang", "credit-manager").body(dispute.replace("DSP-C1", "DSP-C2").replace("50000.00", "10000.00"))
                .post("/api/disputes").then().statusCode(201).body("awaitingConfirmation", equalTo(false));
        TestApi.as("wang.fang", "credit-manager").post("/api/disputes/DSP-C2/confirmation").then().statusCode(409);

        given().get("/api/disputes?reviewDueBy=" + today.plusDays(14)).then().statusCode(200)
                .body("find { it.disputeId == 'DSP-C1' }.status", equalTo("OPEN"))
                .body("find { it.disputeId == 'DSP-C1' }.confirmedBy", equalTo("wang.fang"))
                .body("find { it.disputeId == 'DSP-C1' }.reviewBy", equalTo(today.plusDays(14).toString()));
        given().get("/api/disputes?reviewDueBy=" + today.plusDays(13)).then().statusCode(200)
                .body("disputeId", org.hamcrest.Matchers.not(hasItem("DSP-C1")));
        given().get("/api/disputes").then().statusCode(400).body("field", equalTo("customerId"));
    }
}
