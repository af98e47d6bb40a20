package com.getpaid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintInvestigated;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ComplaintReopened;
import com.getpaid.events.complaints.ResolutionAccepted;
import com.getpaid.events.complaints.ResolutionApproved;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.complaints.ResolutionProposed;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The wire format of every event type, pinned in src/test/resources/golden: a change to a field's
 * name or shape fails here on purpose (add fields, never change them). Run with -Dgolden.write=true
 * to write the file of a new event type.
 */
class GoldenEventsTest {

    static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final List<HoldReason> REASONS = List.of(new HoldReason(HoldReason.CREDIT_LIMIT_EXCEEDED,
            "Exposure 6000.00 exceeds the credit limit 5000.00 CNY"));

    static final List<DomainEvent> SAMPLES = List.of(
            new CustomerRegistered("C-1001", "华东五金批发有限公司", "ap@huadong.example", "zh-CN", PaymentTerms.netDays(30),
                    new BigDecimal("50000.00"), "CNY", new CollectionProfile("li.na", 25, "Asia/Shanghai",
                            List.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY), 3, java.time.LocalTime.of(9, 30)),
                    new CardDetails("张伟", "上海市浦东新区五金路 8 号", "+86 21 5555 0101", "5000000.00 CNY", "Hardware wholesale",
                            List.of(new CardDetails.Contact("FINANCE", "Li Wei", "+86 21 5555 0102", "finance@huadong.example",
                                    "zh-CN")), new CardDetails.Characteristics("East China", "LARGE", "HIGH", "STEADY"),
                            new CardDetails.BusinessStatus("GOOD", "Acme hinges"), "BANK_TRANSFER", "Zhang Wei", true,
                            List.of(new CardDetails.Limit("USD", new BigDecimal("8000.00"))))),
            new CustomerUpdated("C-1001", "华东五金批发有限公司", "ap@huadong.example", "en", PaymentTerms.cashOnDelivery(),
                    new BigDecimal("5000.00"), "CNY", null),
            new SupplyHoldPlaced("C-1001", REASONS, AT),
            new SupplyHoldUpdated("C-1001", REASONS, AT),
            new SupplyHoldReleased("C-1001", REASONS, AT),
            new ManualHoldPlaced("C-1001", "Owner left the country, per the sales rep", "Wang Fang (credit manager)", AT),
            new HoldLifted("C-1001", List.of("MANUAL_HOLD", "RISK_SIGNAL"), List.of("CREDIT_LIMIT_EXCEEDED"),
                    AT.plusSeconds(7 * 86400), "Bank guarantee received for the next two orders", "Wang Fang (credit manager)",
                    AT.plusSeconds(3600)),
            new CreditAssessed("C-1001", "CA-1", new BigDecimal("2.1"), new BigDecimal("0.6"), new BigDecimal("12"),
                    new BigDecimal("0.28"), new CreditAssessed.PaymentRecord(14, 2, new BigDecimal("3.5"), 0,
                            new BigDecimal("0.80")), new BigDecimal("0.70"), "A", new BigDecimal("60000.00"), "CNY",
                    "payment record 0.80 x 0.40 + ...", "Wang Fang (credit manager)", DAY, DAY.plusMonths(6), AT),
            new CreditReviewDue("C-1001", "CA-1", "A", DAY.plusMonths(6)),
            new AccountHandedOver("C-1001", "li.na", "zhao.lei", "Pays on the 25th; ask for Ms Li, not the owner",
                    "Wang Fang (credit manager)", List.of("CMP-000001 (INVESTIGATING)"),
                    List.of("INV-2026-00042 (due 2026-12-02, 900.50 CNY open)"), AT),
            new CreditLimitProposed("C-1001", "CNY", new BigDecimal("80000.00"), new BigDecimal("50000.00"), "erp-system", AT),
            new CreditLimitRaiseRequested("C-1001", "CNY", new BigDecimal("50000.00"), new BigDecimal("300000.00"),
                    "Two years of payments on time", "wang.fang", AT),
            new CreditLimitSet("C-1001", "CNY", new BigDecimal("50000.00"), new BigDecimal("300000.00"),
                    "Two years of payments on time", "wang.fang", "chen.jie", AT.plusSeconds(3600)),
            new RiskSignalDetected("RS-1", "C-1001", "RELOCATION_OR_CLOSURE", "HIGH",
                    "Warehouse emptied, phone disconnected (visit on 11-19)", AT, "li.na (collector)", true),
            new InvoiceIssued("INV-2026-00042", "C-1001", "DN-7781", DAY, DAY.plusDays(30), new BigDecimal("1200.50"), "CNY"),
            new InvoiceDueDateSet("INV-2026-00042", "C-1001", DAY.plusDays(30), PaymentTerms.netDays(30)),
            new CreditNoteIssued("CN-2026-0007", "C-1001", "INV-2026-00042", new BigDecimal("300.00"), "CNY", DAY.plusDays(10),
                    "Cracked housings in batch 2411", "CMP-000001", new BigDecimal("200.50"), new BigDecimal("99.50")),
            new InvoiceWrittenOff("WO-2026-0003", "INV-2026-00042", "C-1001", new BigDecimal("900.50"), "CNY", DAY.plusDays(200),
                    "Customer insolvent, claim filed", "Wang Fang (credit manager)"),
            new InvoiceReinstated("INV-2026-00042", "C-1001", "WO-2026-0003", new BigDecimal("900.50"), "CNY", DAY.plusDays(260),
                    "BANK-20270720-0002"),
            new CreditApplied("C-1001", "CNY", DAY.plusDays(20), List.of(new Allocation("INV-2026-00043", new BigDecimal("99.50"))),
                    new BigDecimal("0.00")),
            new ApprovalRequested("credit-note-CN-2026-0009", "C-1001", ApprovalRequested.CREDIT_NOTE, "CN-2026-0009", null,
                    new BigDecimal("100000.00"), "CNY", DAY.plusDays(15), "Goodwill after the recall", null, null, "erp-system",
                    DAY.plusDays(15)),
            new ApprovalGiven("credit-note-CN-2026-0009", "C-1001", ApprovalRequested.CREDIT_NOTE, "CN-2026-0009", "erp-system",
                    "wang.fang", DAY.plusDays(16)),
            new ApprovalRefused("refund-RF-2026-0003", "C-1001", ApprovalRequested.REFUND, "RF-2026-0003", "erp-system",
                    "wang.fang", "No bank details on file", DAY.plusDays(16)),
            new RefundPaid("RF-2026-0002", "C-1001", new BigDecimal("99.50"), "CNY", DAY.plusDays(15), "BANK_TRANSFER"),
            new StatementConfirmed("C-1001", "2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "Li Wei (AP, Huadong)",
                    LocalDate.of(2026, 12, 3), List.of(new StatementConfirmed.Balance("CNY", new BigDecimal("1200.50"))),
                    List.of(new StatementConfirmed.Difference("INV-2026-00042", "CNY", new BigDecimal("300.00"),
                            "Credit note for the cracked housings not yet on our books"))),
            new PaymentReceived("BANK-20261120-0007", "C-1001", new BigDecimal("1300.00"), "CNY", DAY.plusDays(18),
                    "BANK_TRANSFER", List.of(new Allocation("INV-2026-00042", new BigDecimal("1200.50"))),
                    new BigDecimal("99.50")),
            new PaymentOverdue("INV-2026-00042", "C-1001", DAY.plusDays(30), DAY.plusDays(31), 1, new BigDecimal("1200.50"),
                    "CNY", 1, "FRIENDLY_REMINDER"),
            new DisputeOpened("CMP-000001-1", "INV-2026-00042", "C-1001", new BigDecimal("400.00"), "CNY",
                    "Batch 2411 arrived with cracked housings", "CMP-000001", "front desk", DAY.plusDays(35), DAY.plusDays(49), true),
            new DisputeConfirmed("CMP-000001-1", "INV-2026-00042", "C-1001", new BigDecimal("400.00"), "CNY", "wang.fang",
                    DAY.plusDays(36)),
            new DisputeResolved("CMP-000001-1", "INV-2026-00042", "C-1001", new BigDecimal("400.00"), "CNY", "SETTLED",
                    "CN-CMP-000001-1", new BigDecimal("250.00"), "Wang Fang (credit manager)", DAY.plusDays(40)),
            new CollectionActivityRecorded("C-1001.CNY.2026-12-25", "C-1001", "CNY", DAY.plusDays(55), "PROMISED",
                    "Mr Zhang will pay on the 28th after the board signs", "li.na (collector)"),
            new PaymentDueSoon("INV-2026-00042", "C-1001", DAY.plusDays(30), new BigDecimal("1200.50"), "CNY", 7),
            new PromiseRecorded("PTP-2026-0005", "C-1001", List.of("INV-2026-00042"), new BigDecimal("1200.50"), "CNY",
                    DAY.plusDays(40), "Li Na (collector)", DAY.plusDays(33)),
            new PromiseKept("PTP-2026-0005", "C-1001", List.of("INV-2026-00042"), new BigDecimal("1200.50"),
                    new BigDecimal("1200.50"), "CNY", DAY.plusDays(40), DAY.plusDays(39)),
            new PromiseBroken("PTP-2026-0006", "C-1001", List.of("INV-2026-00042"), new BigDecimal("1200.50"),
                    new BigDecimal("200.00"), "CNY", DAY.plusDays(40), DAY.plusDays(43), "PARTIALLY_KEPT"),
            new ComplaintLogged("CMP-000001", "C-1001", "PRODUCT_QUALITY", "PHONE", "Batch 2411 arrived with cracked housings",
                    "front desk", List.of("INV-2026-00042"), new BigDecimal("400.00"), "CNY", AT, "Mr Zhang (purchasing)",
                    new ComplaintLogged.Product("Hinge H-20", "20 mm, zinc", DAY.minusDays(30), "2411"), DAY.minusDays(3),
                    "Twelve of forty housings cracked when mounted", "Replace the cracked housings", List.of("DN-7781"),
                    "SERIOUS", AT.plusSeconds(3600)),
            new ComplaintAssigned("CMP-000001", "C-1001", "zhou.min", "front desk", AT.plusSeconds(600)),
            new ComplaintEscalated("CMP-000001", "C-1001", "chen.jie", "Dispatch overdue: not assigned within 60 minutes",
                    "complaint-service: dispatch watch", AT.plusSeconds(3600)),
            new ComplaintDispatchOverdue("CMP-000001", "C-1001", "NORMAL", AT, AT.plusSeconds(3600), AT.plusSeconds(3660),
                    "chen.jie"),
            new ComplaintInvestigated("CMP-000001", "C-1001", "Housings of batch 2411 too brittle", "MOULD_TEMPERATURE",
                    "zhou.min", AT.plusSeconds(7200)),
            new ResolutionProposed("CMP-000001", "C-1001", "COMPENSATION", new BigDecimal("1500.00"), "CNY",
                    "Credit for the cracked housings and the fitter's time", true, "zhou.min", AT.plusSeconds(9000)),
            new ResolutionApproved("CMP-000001", "C-1001", "Wang Fang (sales director)", AT.plusSeconds(10800)),
            new ResolutionAccepted("CMP-000001", "C-1001", "Mr Zhang (purchasing)", AT.plusSeconds(14400)),
            new ResolutionCarriedOut("CMP-000001", "C-1001", "FINANCE", "Credit note sent with the replacement parts",
                    "zhou.min", AT.plusSeconds(18000), AT.plusSeconds(18000 + 72 * 3600), "zhou.min"),
            new ComplaintCompensationAgreed("CMP-000001", "C-1001", "CN-CMP-000001", "COMPENSATION", new BigDecimal("1500.00"),
                    "CNY", "INV-2026-00042", DAY.plusDays(20)),
            new CallbackRecorded("CMP-000001", "C-1001", 1, true, true, "Parts fitted, customer content", "zhou.min",
                    AT.plusSeconds(200000)),
            new ComplaintReopened("CMP-000001", "C-1001", "Two of the replacements cracked too", "zhou.min",
                    AT.plusSeconds(200000)),
            new ComplaintClosed("CMP-000001", "C-1001", "CLOSED", AT.plusSeconds(200000)),
            new NotificationQueued("N-1", "C-1001", "OVERDUE_REMINDER", "INV-2026-00042#1",
                    Map.of("invoiceId", "INV-2026-00042"), "E-1", "PaymentOverdue", AT),
            new NotificationSent("N-1", "C-1001", "ap@huadong.example", "Friendly reminder", "en", "<N-1@getpaid>", AT),
            new NotificationFailed("N-1", "C-1001", 10, "connection refused", AT),
            new NotificationCancelled("N-1", "C-1001", "Invoice INV-2026-00042 was paid before the reminder went out", AT),
            new FollowUpScheduled("F-1", "C-1001", "COMPLAINT_CALLBACK", "CMP-000001", "E-2", AT.plusSeconds(72 * 3600), "zhou.min",
                    null),
            new FollowUpCompleted("F-1", "C-1001", "REACHED", "Customer content with the replacement", "zhou.min",
                    AT.plusSeconds(70 * 3600)));

    @Test
    void everyEventTypeHasAGoldenSample() {
        assertEquals(EventCatalog.all().keySet(), SAMPLES.stream().map(EventCatalog::typeOf).collect(Collectors.toSet()));
    }

    @TestFactory
    List<DynamicTest> eventsKeepTheirWireFormat() {
        return SAMPLES.stream().map(event -> DynamicTest.dynamicTest(EventCatalog.typeOf(event), () -> {
            Path file = Path.of("src/test/resources/golden", EventCatalog.typeOf(event) + ".json");
            String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);
            if (Boolean.getBoolean("golden.write") && !Files.exists(file)) {
                Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), "No golden file " + file + " (run with -Dgolden.write=true once)");
            String golden = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(tree(golden), tree(json), "the wire format of " + EventCatalog.typeOf(event) + " changed");
            assertEquals(event, EventCatalog.decode(EventCatalog.typeOf(event), golden), "golden file reads back");
        })).toList();
    }

    static JsonNode tree(String json) throws IOException {
        return Json.MAPPER.readTree(json);
    }

    @Test
    void aComplaintLoggedBeforeTheRegisterFormHasNoneOfItsFields() {
        String before = """
                { "complaintId": "CMP-1", "customerId": "C-1", "category": "SERVICE", "channel": "PHONE", "description": "late",
                  "recordedBy": "desk", "invoiceIds": [], "loggedAt": "2026-11-20T09:30:00Z" }""";
        ComplaintLogged e = (ComplaintLogged) EventCatalog.decode("ComplaintLogged", before);
        assertEquals(List.of("late", "desk"), List.of(e.description(), e.recordedBy()));
        assertEquals(java.util.Arrays.asList(null, null, null), java.util.Arrays.asList(e.severity(), e.product(), e.deliveryRefs()));
    }

    @Test
    void aDisputeOpenedBeforeConfirmationsIsConfirmedAndHasNoReviewDate() {
        String before = """
                { "disputeId": "D-1", "invoiceId": "INV-1", "customerId": "C-1", "amount": "50000.00", "currency": "CNY",
                  "reason": "cracked", "raisedBy": "li.na", "openedOn": "2026-11-02" }""";
        assertEquals(new DisputeOpened("D-1", "INV-1", "C-1", new BigDecimal("50000.00"), "CNY", "cracked", null, "li.na",
                DAY, null, false), EventCatalog.decode("DisputeOpened", before));
    }

    @Test
    void aPaymentOverdueFromBeforeStagesWereNamedIsTheFriendlyReminder() {
        String before = """
                { "invoiceId": "INV-1", "customerId": "C-1", "dueDate": "2026-11-01", "asOf": "2026-11-02", "daysOverdue": 1,
                  "openAmount": "10.00", "currency": "CNY", "dunningLevel": 1 }""";
        assertEquals("FRIENDLY_REMINDER", ((PaymentOverdue) EventCatalog.decode("PaymentOverdue", before)).stage());
    }
}
