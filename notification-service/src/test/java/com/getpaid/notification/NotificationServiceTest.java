package com.getpaid.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.Mailbox;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class NotificationServiceTest {

    /** Every call below acts with a token holding every role; the role table is tested on its own. */
    @BeforeEach
    void withEveryRole() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL)).build();
    }

    @jakarta.inject.Inject
    com.getpaid.kit.Kernel kernel;

    @jakarta.inject.Inject
    com.getpaid.kit.due.DueWork dueWork;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = PlatformTestResource.IMAP_PORT)
    int imapPort;

    TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static final LocalDate DUE = LocalDate.of(2026, 2, 4);

    void register(String customerId, String email, String language) {
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered(customerId, "华东五金批发有限公司", email, language,
                PaymentTerms.cashOnDelivery(), new BigDecimal("5000.00"), "CNY", null));
    }

    PaymentOverdue overdue(String customerId, String invoiceId) {
        return new PaymentOverdue(invoiceId, customerId, DUE, DUE.plusDays(1), 1, new BigDecimal("4000.00"), "CNY", 1,
                "FRIENDLY_REMINDER");
    }

    @Test
    void oneLetterPerCustomerAndStepListsEachInvoiceAsItIsWhenTheLetterGoesOut() {
        for (String[] invoice : new String[][] { { "G-1", "1000.00" }, { "G-2", "2000.00" }, { "G-3", "500.00" } }) {
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued(invoice[0], "C-GRP", "DN-" + invoice[0], DUE, DUE,
                    new BigDecimal(invoice[1]), "CNY"));
            kafka.publish(Topics.RECEIVABLES, new PaymentOverdue(invoice[0], "C-GRP", DUE, DUE.plusDays(1), 1,
                    new BigDecimal(invoice[1]), "CNY", 1, "FRIENDLY_REMINDER"));
        }
        // while the letter waits (the address is not known yet): 300.00 paid on G-2, G-3 promised
        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-G-2", "C-GRP", new BigDecimal("300.00"), "CNY", DUE.plusDays(2),
                null, List.of(new Allocation("G-2", new BigDecimal("300.00"))), new BigDecimal("0.00")));
        kafka.publish(Topics.RECEIVABLES, new PromiseRecorded("PTP-G-3", "C-GRP", List.of("G-3"), new BigDecimal("500.00"), "CNY",
                DUE.plusDays(9), "Li Na", DUE.plusDays(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-GRP").then()
                .body("", hasSize(1)).body("[0].about", equalTo("G-1#1")));
        register("C-GRP", "grouped@example.com", "en");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-GRP").then()
                .body("", hasSize(1)).body("[0].status", equalTo("SENT")));
        List<Mailbox.Email> mail = Mailbox.read(imapPort, "grouped@example.com");
        assertEquals(1, mail.size());
        assertEquals("Friendly reminder: 2 invoices are past due", mail.get(0).subject());
        String body = mail.get(0).body();
        assertTrue(body.contains("invoice G-1, due on 2026-02-04: 1000.00 CNY still open"), body);
        assertTrue(body.contains("invoice G-2, due on 2026-02-04: 1700.00 CNY still open"), body);
        assertTrue(!body.contains("G-3"), "the promised invoice is left out: " + body);
        assertTrue(body.replace("\r\n", "\n").contains("1700.00 CNY still open (1 days past the due date)\n\n"
                + "If you have already arranged"), "the list, then a blank line, then the next paragraph: " + body);
    }

    @Test
    void aLetterDueOnADayTheCustomerRefusesWaitsForTheNextAllowedDay() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.DayOfWeek today = LocalDate.now(shanghai).getDayOfWeek();
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-NOTTODAY", "Closed Today Ltd", "closed@example.com", "en",
                PaymentTerms.cashOnDelivery(), new BigDecimal("5000.00"), "CNY", new CollectionProfile("li.na", null,
                        "Asia/Shanghai", List.of(today), 0, null)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-NT-1", "C-NOTTODAY", "DN-1", DUE, DUE, new BigDecimal("40.00"),
                "CNY"));
        kafka.publish(Topics.RECEIVABLES, overdue("C-NOTTODAY", "INV-NT-1"));
        String tomorrow = LocalDate.now(shanghai).plusDays(1).atStartOfDay(shanghai).toInstant().toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-NOTTODAY").then()
                .body("[0].status", equalTo("QUEUED")).body("[0].nextAttemptAt", equalTo(tomorrow))
                .body("[0].note", equalTo("Waiting until " + tomorrow + ": the customer refuses letters on " + today
                        + " (Asia/Shanghai)")));
        // why it has not gone out is one query: the queue of due work holds it until then
        String id = given().get("/api/notifications?customerId=C-NOTTODAY").then().extract().path("[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of("notification-send@" + tomorrow),
                kernel.transact(c -> dueWork.queuedFor(c, id)).stream().map(d -> d.kind() + "@" + d.dueAt()).toList()));
        assertEquals(List.of(), Mailbox.read(imapPort, "closed@example.com"));
    }

    @Test
    void eachStepGetsItsLetterWithTheAmountOpenWhenItIsSentAndTheLastOneIsATaskForAPerson() {
        register("C-LAD", "ladder@example.com", "en");
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-L-1", "C-LAD", "DN-L", DUE.minusDays(30), DUE,
                new BigDecimal("4000.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new PaymentDueSoon("INV-L-1", "C-LAD", DUE, new BigDecimal("4000.00"), "CNY", 7));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-LAD").then()
                .body("status", contains("SENT")));
        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-L-1", "C-LAD", new BigDecimal("1000.00"), "CNY", DUE,
                null, List.of(new Allocation("INV-L-1", new BigDecimal("1000.00"))), new BigDecimal("0.00")));
        // queued with the amount of that day; by the time it goes out 1000.00 more was paid
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-L-1", "C-LAD", DUE, DUE.plusDays(15), 15,
                new BigDecimal("4000.00"), "CNY", 2, "FIRM_REMINDER"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-L-1", "C-LAD", DUE, DUE.plusDays(30), 30,
                new BigDecimal("3000.00"), "CNY", 3, "FINAL_NOTICE"));
        kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-L-1", "C-LAD", DUE, DUE.plusDays(60), 60,
                new BigDecimal("3000.00"), "CNY", 4, "ESCALATION"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/notifications?customerId=C-LAD").then().body("status", contains("SENT", "SENT", "SENT"))
                    .body("kind", org.hamcrest.Matchers.containsInAnyOrder("PRE_DUE_REMINDER", "OVERDUE_REMINDER",
                            "OVERDUE_REMINDER"));
            given().get("/api/follow-ups?customerId=C-LAD&kind=ESCALATION").then().body("kind", contains("ESCALATION"))
                    .body("[0].about", equalTo("INV-L-1#4"));
        });
        List<Mailbox.Email> mail = new java.util.ArrayList<>(Mailbox.read(imapPort, "ladder@example.com"));
        mail.sort(java.util.Comparator.comparing(m -> m.subject().charAt(0) == 'I' ? 0 : m.subject().charAt(0) == 'S' ? 1 : 2));
        assertEquals(List.of("Invoice INV-L-1 falls due on 2026-02-04", "Second reminder: invoice INV-L-1 is 15 days overdue",
                "Final notice: invoice INV-L-1, supply will be stopped"), mail.stream().map(Mailbox.Email::subject).toList());
        assertTrue(mail.get(0).body().contains("4000.00 CNY"), mail.get(0).body());
        assertTrue(mail.get(1).body().contains("3000.00 CNY of it is still open"), mail.get(1).body());
        assertTrue(mail.get(2).body().contains("stop further deliveries"), mail.get(2).body());
    }

    @Test
    void anOverdueInvoiceGetsOneReminderInTheCustomersLanguage() {
        register("C-ZH", "ap@huadong.example", "zh-CN");
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-ZH-1", "C-ZH", "DN-1", DUE, DUE, new BigDecimal("4000.00"), "CNY"));
        String eventId = kafka.publish(Topics.RECEIVABLES, overdue("C-ZH", "INV-ZH-1"));
        kafka.publish(Topics.RECEIVABLES, eventId, overdue("C-ZH", "INV-ZH-1")); // redelivery
        kafka.publish(Topics.RECEIVABLES, overdue("C-ZH", "INV-ZH-1")); // the same fact again under a new id

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-ZH").then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("SENT"))
                .body("[0].kind", equalTo("OVERDUE_REMINDER"))
                .body("[0].recipient", equalTo("ap@huadong.example"))
                .body("[0].language", equalTo("zh-CN"))
                .body("[0].answers.eventType", equalTo("PaymentOverdue")));
        List<Mailbox.Email> mail = Mailbox.read(imapPort, "ap@huadong.example");
        assertEquals(1, mail.size());
        assertEquals("温馨提示：发票 INV-ZH-1 已到期", mail.get(0).subject());
        assertTrue(mail.get(0).body().contains("4000.00 CNY"), mail.get(0).body());
    }

    @Test
    void aCustomersFirstDeliveryGetsTheThreeAfterSalesFollowUpsForItsAccountManagerAndTheyCanBeCompleted() {
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-333", "Pearl River Tools", "ap@pearl.example", "en",
                PaymentTerms.netDays(30), new BigDecimal("5000.00"), "CNY", new CollectionProfile("li.na", 25, null,
                        null, null, null)));
        // the card first (another topic than the invoices): the tasks are for the account manager it names
        await().atMost(Duration.ofSeconds(30)).until(() -> kernel.transact(c -> com.getpaid.events.store.Sql.one(c,
                "SELECT 1 FROM customer_contact WHERE customer_id = 'C-333'", rs -> 1).isPresent()));
        LocalDate issued = LocalDate.of(2026, 9, 1);
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-333-1", "C-333", "DN-1", issued, issued.plusDays(30),
                new BigDecimal("100.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-333-2", "C-333", "DN-2", issued.plusDays(1),
                issued.plusDays(31), new BigDecimal("100.00"), "CNY")); // a later delivery: nothing more by default
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/follow-ups?customerId=C-333&kind=AFTER_SALES_FOLLOW_UP").then()
                .body("about", contains("INV-333-1#3D", "INV-333-1#3W", "INV-333-1#3M"))
                .body("dueAt", contains("2026-09-04T01:00:00Z", "2026-09-22T01:00:00Z", "2026-12-01T01:00:00Z"))
                .body("assignee", contains("li.na", "li.na", "li.na")));
        // past due and open: OVERDUE; filtered by assignee, due day and status
        given().get("/api/follow-ups?customerId=C-333&assignee=li.na&due=2026-09-30&status=OVERDUE").then()
                .body("about", contains("INV-333-1#3D", "INV-333-1#3W"));
        String first = given().get("/api/follow-ups?customerId=C-333&kind=AFTER_SALES_FOLLOW_UP").then()
                .extract().path("[0].id");
        // who completed it is the token's user ("test-user"); the body's "by" is accepted and ignored as the actor
        String done = "{ \"outcome\": \"REACHED\", \"note\": \"Goods fine; wants a quote\", \"by\": \"li.na\" }";
        given().contentType(ContentType.JSON).body(done).post("/api/follow-ups/" + first + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE")).body("outcome", equalTo("REACHED")).body("completedBy", equalTo("test-user"));
        given().contentType(ContentType.JSON).body(done.replace("\"li.na\"", "\"someone.else\"")).post("/api/follow-ups/"
                + first + "/completion").then().statusCode(200).body("status", equalTo("DONE"))
                .body("completedBy", equalTo("test-user"));
        given().contentType(ContentType.JSON).body("{ \"outcome\": \"REACHED\", \"note\": \"Goods fine; wants a quote\" }")
                .post("/api/follow-ups/" + first + "/completion").then().statusCode(200).body("completedBy", equalTo("test-user"));
        given().contentType(ContentType.JSON).body(done.replace("REACHED", "NO_ANSWER"))
                .post("/api/follow-ups/" + first + "/completion").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"by\": \"li.na\" }").post("/api/follow-ups/" + first + "/completion")
                .then().statusCode(400).body("errors.field", contains("outcome"));
        given().contentType(ContentType.JSON).body(done).post("/api/follow-ups/nope/completion").then().statusCode(404);
        given().get("/api/follow-ups?status=LATE").then().statusCode(400).body("errors.field", contains("status"));
    }

    @Test
    void aHandoverTellsTheCustomerItsNewContactAndGivesTheNewManagerATaskWithTheNote() {
        register("C-HO", "buyer@handover.example", "en");
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        kafka.publish(Topics.CUSTOMERS, new AccountHandedOver("C-HO", "li.na", "zhao.lei", "Pays on the 25th", "Wang Fang",
                List.of("CMP-1 (INVESTIGATING, SERVICE)"), List.of(), at));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/notifications?customerId=C-HO").then().body("kind", contains("HANDOVER_NOTICE"))
                    .body("[0].status", equalTo("SENT"));
            given().get("/api/follow-ups?customerId=C-HO&kind=HANDOVER").then().body("assignee", contains("zhao.lei"))
                    .body("[0].brief", org.hamcrest.Matchers.containsString("Pays on the 25th"))
                    .body("[0].brief", org.hamcrest.Matchers.containsString("CMP-1 (INVESTIGATING, SERVICE)"));
        });
        assertEquals("Your new contact at our company: zhao.lei", Mailbox.read(imapPort, "buyer@handover.example").get(0)
                .subject());
    }

    @Test
    void remindersGoToTheFinanceContactWhenTheCardNamesOne() {
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-FIN", "Finance Routed Ltd", "boss@routed.example", "zh-CN",
                PaymentTerms.netDays(30), new BigDecimal("5000.00"), "CNY", null, new CardDetails(null, null, null, null, null,
                        List.of(new CardDetails.Contact("DECISION_MAKER", "Boss", null, "boss@routed.example", "zh-CN"),
                                new CardDetails.Contact("FINANCE", "Ms Ap", null, "ap@routed.example", "en")),
                        null, null, null, null, null, null)));
        kafka.publish(Topics.RECEIVABLES, overdue("C-FIN", "INV-FIN-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-FIN").then()
                .body("[0].status", equalTo("SENT")).body("[0].recipient", equalTo("ap@routed.example"))
                .body("[0].language", equalTo("en")));
        assertEquals(0, Mailbox.read(imapPort, "boss@routed.example").size());
    }

    @Test
    void aRiskSignalThatStopsSupplyIsAnEmailToTheAccountManagerOnce() {
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-RISK", "Risky Trading", "ap@risky.example", "zh-CN",
                PaymentTerms.netDays(30), new BigDecimal("5000.00"), "CNY", new CollectionProfile("zhao.lei", null, null,
                        null, null, null)));
        RiskSignalDetected signal = new RiskSignalDetected("RS-N1", "C-RISK", "RELOCATION_OR_CLOSURE", "HIGH",
                "Warehouse emptied", Instant.parse("2026-11-20T02:00:00Z"), "li.na", true);
        kafka.publish(Topics.CUSTOMERS, signal);
        kafka.publish(Topics.CUSTOMERS, signal); // sent twice by the producer: one email
        kafka.publish(Topics.CUSTOMERS, new RiskSignalDetected("RS-N2", "C-RISK", "PRICE_DUMPING", "MEDIUM", "cheap",
                Instant.parse("2026-11-20T03:00:00Z"), "li.na", false)); // stops nothing: no alert
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-RISK").then()
                .body("kind", contains("RISK_ALERT")).body("[0].status", equalTo("SENT"))
                .body("[0].recipient", equalTo("zhao.lei@seller.example")));
        List<Mailbox.Email> mail = Mailbox.read(imapPort, "zhao.lei@seller.example");
        assertEquals(1, mail.size());
        assertEquals("Supply stopped for Risky Trading: HIGH risk signal RELOCATION_OR_CLOSURE", mail.get(0).subject());
        assertTrue(mail.get(0).body().contains("Warehouse emptied"), mail.get(0).body());
        assertEquals(0, Mailbox.read(imapPort, "ap@risky.example").size(), "the customer is not told");
    }

    @Test
    void aHighRiskSignalAlertsTheAccountManagerEvenWhenThePolicyDoesNotHoldOnIt() {
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered("C-RISK-NH", "Unheld Trading", "ap@unheld.example", "en",
                PaymentTerms.netDays(30), new BigDecimal("5000.00"), "CNY", new CollectionProfile("qian.yu", null, null,
                        null, null, null)));
        kafka.publish(Topics.CUSTOMERS, new RiskSignalDetected("RS-N3", "C-RISK-NH", "KEY_PEOPLE_CHANGE", "HIGH",
                "Finance head left", Instant.parse("2026-11-20T02:00:00Z"), "li.na", false)); // high-signal-holds off
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-RISK-NH")
                .then().body("kind", contains("RISK_ALERT")).body("[0].status", equalTo("SENT")));
        List<Mailbox.Email> mail = Mailbox.read(imapPort, "qian.yu@seller.example");
        assertEquals(1, mail.size());
        assertEquals("HIGH risk signal KEY_PEOPLE_CHANGE for Unheld Trading", mail.get(0).subject());
        assertTrue(mail.get(0).body().contains("supply goes on"), mail.get(0).body());
    }

    @Test
    void aComplaintGetsAnAcknowledgementAndACallbackTask72HoursAfterItsRemedyWasCarriedOut() {
        register("C-EN", "buyer@example.com", "en");
        Instant loggedAt = Instant.parse("2026-11-20T09:00:00Z");
        kafka.publish(Topics.COMPLAINTS, new ComplaintLogged("CMP-000001", "C-EN", "PRODUCT_QUALITY", "PHONE",
                "Batch 2411 arrived with cracked housings", "front desk", List.of(), null, null, loggedAt, null, null, null,
                null, null, null, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-EN").then()
                .body("kind", contains("COMPLAINT_ACKNOWLEDGEMENT")).body("[0].status", equalTo("SENT")));
        given().get("/api/follow-ups?customerId=C-EN").then().body("kind", org.hamcrest.Matchers.empty()); // not from logging

        Instant carriedOut = Instant.parse("2026-11-25T15:30:00Z");
        ResolutionCarriedOut done = new ResolutionCarriedOut("CMP-000001", "C-EN", "FINANCE", null, "zhou.min", carriedOut,
                carriedOut.plus(Duration.ofHours(72)), "zhou.min");
        kafka.publish(Topics.COMPLAINTS, done);
        kafka.publish(Topics.COMPLAINTS, java.util.UUID.randomUUID().toString(), done); // sent twice by the producer: one task
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/follow-ups?customerId=C-EN").then()
                .body("kind", contains("COMPLAINT_CALLBACK"))
                .body("[0].about", equalTo("CMP-000001@2026-11-25T15:30:00Z"))
                .body("[0].dueAt", equalTo("2026-11-28T15:30:00Z"))
                .body("[0].assignee", equalTo("zhou.min")));
        // an unanswered call leaves the task open; the customer reached, it is done
        kafka.publish(Topics.COMPLAINTS, new CallbackRecorded("CMP-000001", "C-EN", 1, false, null, null, "zhou.min",
                carriedOut.plus(Duration.ofHours(24))));
        kafka.publish(Topics.COMPLAINTS, new CallbackRecorded("CMP-000001", "C-EN", 2, true, true, "content", "zhou.min",
                carriedOut.plus(Duration.ofHours(48))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/follow-ups?customerId=C-EN").then()
                .body("[0].status", equalTo("DONE")).body("[0].outcome", equalTo("SATISFIED"))
                .body("[0].completedBy", equalTo("test")));
        List<Mailbox.Email> mail = Mailbox.read(imapPort, "buyer@example.com");
        assertEquals("We have received your complaint CMP-000001", mail.get(0).subject());
        assertTrue(mail.get(0).body().contains("Batch 2411 arrived with cracked housings"));
    }

    @Test
    void aReminderIsNotSentForAnInvoicePaidPartlyAndCreditedForTheRest() {
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-W-2", "C-CRED", "DN-2", DUE, DUE, new BigDecimal("400.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, overdue("C-CRED", "INV-W-2"));
        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-W-2", "C-CRED", new BigDecimal("100.00"), "CNY", DUE.plusDays(2),
                null, List.of(new Allocation("INV-W-2", new BigDecimal("100.00"))), new BigDecimal("0.00")));
        kafka.publish(Topics.RECEIVABLES, new CreditNoteIssued("CN-W-2", "C-CRED", "INV-W-2", new BigDecimal("300.00"), "CNY",
                DUE.plusDays(3), "damaged goods", null, new BigDecimal("300.00"), new BigDecimal("0.00")));
        register("C-CRED", "credited@example.com", "en");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-CRED").then()
                .body("[0].status", equalTo("CANCELLED")));
        assertEquals(List.of(), Mailbox.read(imapPort, "credited@example.com"));
    }

    @Test
    void aReminderWaitsForTheAddressAndIsNotSentOnceThePaymentCame() {
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-W-1", "C-LATE", "DN-1", DUE, DUE, new BigDecimal("4000.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, overdue("C-LATE", "INV-W-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-LATE").then()
                .body("[0].status", equalTo("QUEUED"))
                .body("[0].note", equalTo("Waiting for the customer's email address (customer not yet known to notifications)")));
        kafka.publish(Topics.RECEIVABLES, new PaymentReceived("P-W-1", "C-LATE", new BigDecimal("4000.00"), "CNY", DUE.plusDays(2),
                null, List.of(new Allocation("INV-W-1", new BigDecimal("4000.00"))), new BigDecimal("0.00")));
        register("C-LATE", "late@example.com", "en");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/notifications?customerId=C-LATE").then()
                .body("[0].status", equalTo("CANCELLED"))
                .body("[0].note", equalTo("Every invoice of the letter was paid, credited, disputed or promised before it went "
                        + "out")));
        assertEquals(List.of(), Mailbox.read(imapPort, "late@example.com"));
    }

    /** A customer who refuses letters today and on the next {@code refusedDays - 1} days, with a letter for each step. */
    void waitingCustomer(String customerId, java.time.ZoneId zone, int refusedDays, String... stages) {
        List<java.time.DayOfWeek> refused = new java.util.ArrayList<>();
        for (int d = 0; d < refusedDays; d++) {
            refused.add(LocalDate.now(zone).plusDays(d).getDayOfWeek());
        }
        kafka.publish(Topics.CUSTOMERS, new CustomerRegistered(customerId, "Waits " + refusedDays + " Ltd",
                customerId.toLowerCase() + "@example.com", "en", PaymentTerms.cashOnDelivery(), new BigDecimal("5000.00"), "CNY",
                new CollectionProfile("li.na", null, zone.getId(), refused, 0, null)));
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-" + customerId, customerId, "DN-1", DUE, DUE,
                new BigDecimal("40.00"), "CNY"));
        for (int level = 1; level <= stages.length; level++) {
            kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-" + customerId, customerId, DUE, DUE.plusDays(level), level,
                    new BigDecimal("40.00"), "CNY", level, stages[level - 1]));
        }
    }

    @Test
    void queuedMessagesAcrossCustomersComeSoonestToGoOutFirstAndListsPageAndRefuseBadFilters() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        waitingCustomer("C-WQ3", shanghai, 3, "FRIENDLY_REMINDER", "FIRM_REMINDER", "FINAL_NOTICE"); // first, out last
        waitingCustomer("C-WQ1", shanghai, 1, "FRIENDLY_REMINDER");
        waitingCustomer("C-WQ2", shanghai, 2, "FRIENDLY_REMINDER");
        kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-C-WQ0", "C-WQ0", "DN-1", DUE, DUE, new BigDecimal("40.00"), "CNY"));
        kafka.publish(Topics.RECEIVABLES, overdue("C-WQ0", "INV-C-WQ0")); // no address yet: goes out whenever it comes
        List<String> mine = List.of("C-WQ0", "C-WQ1", "C-WQ2", "C-WQ3");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<java.util.Map<String, String>> queued = given().get("/api/notifications?status=QUEUED&size=100").then()
                    .statusCode(200).extract().jsonPath().getList("findAll { it.customerId.startsWith('C-WQ') }");
            assertEquals(6, queued.size(), queued.toString());
            assertTrue(queued.stream().allMatch(m -> m.get("customerId").equals("C-WQ0")
                    || m.get("note") != null && m.get("note").startsWith("Waiting until")), queued.toString());
        });
        List<String> customers = given().get("/api/notifications?status=QUEUED&size=100").then().extract().jsonPath()
                .getList("customerId");
        assertEquals(List.of("C-WQ1", "C-WQ2", "C-WQ3", "C-WQ3", "C-WQ3", "C-WQ0"),
                customers.stream().filter(mine::contains).toList(), "soonest to go out first, the one without an address last");
        String inTwoDays = LocalDate.now(shanghai).plusDays(2).atStartOfDay(shanghai).toInstant().toString();
        given().get("/api/notifications?status=QUEUED&customerId=C-WQ2").then().body("status", contains("QUEUED"))
                .body("[0].nextAttemptAt", equalTo(inTwoDays))
                .body("[0].note", equalTo("Waiting until " + inTwoDays + ": the customer refuses letters on "
                        + LocalDate.now(shanghai).getDayOfWeek() + " (Asia/Shanghai)"));
        given().get("/api/notifications?status=SENT&customerId=C-WQ2").then().statusCode(200).body("", hasSize(0));

        // one customer's, all of them newest first as before, or page by page
        List<String> all = given().get("/api/notifications?customerId=C-WQ3").then().body("", hasSize(3)).extract().jsonPath()
                .getList("id");
        given().get("/api/notifications?customerId=C-WQ3&size=2").then().body("id", contains(all.get(0), all.get(1)));
        given().get("/api/notifications?customerId=C-WQ3&size=2&page=1").then().body("id", contains(all.get(2)));
        // across customers newest first
        List<String> newest = given().get("/api/notifications?size=100").then().statusCode(200).extract().jsonPath()
                .getList("queuedAt");
        List<Instant> times = newest.stream().map(Instant::parse).toList();
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times, "newest first");

        given().get("/api/notifications?status=WAITING").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("status"));
        given().get("/api/notifications?size=101").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("size"));
        given().get("/api/notifications?page=-1").then().statusCode(400).body("field", equalTo("page"));
        given().get("/api/notifications?customerId=bad id").then().statusCode(400).body("field", equalTo("customerId"));
        given().get("/api/follow-ups?customerId=C-NOBODY").then().statusCode(200).body("", hasSize(0));
    }
}
