package com.getpaid.receivables.account;

import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's receivables account: its invoices, payments and credit balance. One stream per
 * customer, so a payment is allocated against a consistent view of all the customer's open
 * invoices, and the customer's events reach Kafka in the order they happened.
 */
public final class ReceivablesAccount {

    // the state the decisions read: the parts of the account in this package read it, only Applying changes it
    final Map<String, Invoice> invoices = new LinkedHashMap<>();
    final java.util.Set<String> payments = new java.util.LinkedHashSet<>();
    final java.util.Set<String> creditNotes = new java.util.LinkedHashSet<>();
    final java.util.Set<String> writeOffs = new java.util.LinkedHashSet<>();
    final java.util.Set<String> refunds = new java.util.LinkedHashSet<>();
    final Map<String, BigDecimal> credit = new LinkedHashMap<>();
    final java.util.Set<String> promiseIds = new java.util.LinkedHashSet<>();
    final Map<String, OpenPromise> openPromises = new LinkedHashMap<>();
    final Map<String, String> disputeInvoices = new LinkedHashMap<>(); // every dispute ever, to its invoice
    final java.util.Set<String> approvalIds = new java.util.LinkedHashSet<>(); // every approval ever requested
    final Map<String, ApprovalRequested> pendingApprovals = new LinkedHashMap<>();
    long version;

    /**
     * What a snapshot keeps: everything the account decides on. Bump {@link #SCHEMA} whenever the
     * account's state or rules change, so older snapshots are ignored and rebuilt from the events.
     */
    public record Snapshot(long version, List<InvoiceState> invoices, List<String> paymentIds, Map<String, BigDecimal> credit,
            List<String> creditNoteIds, List<String> writeOffIds, List<String> refundIds, List<String> promiseIds,
            List<PromiseState> openPromises, Map<String, String> disputeInvoices, List<String> approvalIds,
            List<ApprovalRequested> pendingApprovals) {
        public static final int SCHEMA = 9;
    }

    public record InvoiceState(String invoiceId, String currency, BigDecimal amount, LocalDate issueDate, LocalDate dueDate,
            BigDecimal open, int dunningLevel, String writeOffId, BigDecimal writtenOff, LocalDate writtenOffOn,
            Integer preDueSent, List<DisputeOpened> openDisputes) {
    }

    public record PromiseState(PromiseRecorded made, BigDecimal paid) {
    }

    public Snapshot snapshot() {
        return SnapshotMapping.snapshot(this);
    }

    /** The account as of the snapshot, then the events after it. */
    public static ReceivablesAccount from(Snapshot snapshot, List<ReceivableEvent> after) {
        return SnapshotMapping.from(snapshot, after);
    }

    public static String streamId(String customerId) {
        return "account-" + customerId;
    }

    public static ReceivablesAccount from(List<ReceivableEvent> history) {
        ReceivablesAccount account = new ReceivablesAccount();
        history.forEach(account::apply);
        return account;
    }

    public long version() {
        return version;
    }

    public Optional<Invoice> invoice(String invoiceId) {
        return Optional.ofNullable(invoices.get(invoiceId));
    }

    /** Credit balance (overpayments) per currency. */
    public Map<String, BigDecimal> credit() {
        return Map.copyOf(credit);
    }

    /**
     * Issues an invoice. Without a due date it follows the customer's payment terms; when those are
     * not known yet the invoice waits for them (nothing the ERP sent is lost).
     */
    public List<ReceivableEvent> issue(IssueInvoice c, Optional<PaymentTerms> terms) {
        return Invoicing.issue(this, c, terms);
    }

    /** Gives the invoices that were waiting for the customer's terms their due dates. */
    public List<ReceivableEvent> applyTerms(String customerId, PaymentTerms terms) {
        return Invoicing.applyTerms(this, customerId, terms);
    }

    /**
     * Receives a payment: to the invoices named, or else to the open invoices of its currency, oldest
     * due first; what is left stays on the account as credit.
     */
    public List<ReceivableEvent> receive(ReceivePayment c) {
        return Payments.receive(this, c);
    }

    /**
     * Issues a credit note: on an invoice it reduces what is open, and what exceeds the open amount
     * becomes credit balance; without an invoice it is all credit balance. The note must be in the
     * invoice's currency (a credit in another currency would leave the invoice's own untouched).
     */
    public List<ReceivableEvent> issueCreditNote(IssueCreditNote c) {
        return Credits.issueCreditNote(this, c);
    }

    /** Pays back credit balance (退款); never more than the balance in that currency. */
    public List<ReceivableEvent> refund(PayRefund c) {
        return Credits.refund(this, c);
    }

    /**
     * Writes off what is open on an invoice (核销坏账): it leaves dunning, aging's open buckets and the
     * exposure. Once per invoice while it stays written off; nothing open, nothing to write off.
     */
    public List<ReceivableEvent> writeOff(WriteOffInvoice c) {
        return Credits.writeOff(this, c);
    }

    /**
     * Issues a credit note as {@link #issueCreditNote}, or, when it is on no invoice or above the policy's threshold,
     * only requests it (ApprovalRequested by {@code by}) for a second person to approve.
     */
    public List<ReceivableEvent> requestCreditNote(IssueCreditNote c, ApprovalPolicy policy, String by, LocalDate today) {
        return Approvals.creditNote(this, c, policy, by, today);
    }

    /** Pays a refund as {@link #refund}, or, above the policy's threshold, only requests it for a second person. */
    public List<ReceivableEvent> requestRefund(PayRefund c, ApprovalPolicy policy, String by, LocalDate today) {
        return Approvals.refund(this, c, policy, by, today);
    }

    /**
     * Writes off as {@link #writeOff} (approved by the caller, {@code c.approvedBy()}), or, when what is open is above
     * the policy's threshold, only requests it (requested by the caller) for a second person.
     */
    public List<ReceivableEvent> requestWriteOff(WriteOffInvoice c, ApprovalPolicy policy) {
        return Approvals.writeOff(this, c, policy);
    }

    /**
     * A second person ({@code by}, never the requester) approves a pending request: ApprovalGiven, then the credit
     * note, refund or write-off it asked for, checked against the account as it is now; once.
     */
    public List<ReceivableEvent> approve(String approvalId, String by, LocalDate today) {
        return Approvals.approve(this, approvalId, by, today);
    }

    /** Refuses a pending request (ApprovalRefused): nothing is carried out. */
    public List<ReceivableEvent> refuse(String approvalId, String by, String reason, LocalDate today) {
        return Approvals.refuse(this, approvalId, by, reason, today);
    }

    /** The requests waiting for a second person. */
    public List<ApprovalRequested> pendingApprovals() {
        return List.copyOf(pendingApprovals.values());
    }

    /**
     * What the day brings the customer's invoices, in this order:
     * <ol>
     * <li>A credit balance is applied to the invoices of its currency that have fallen due (due on or before
     * {@code asOf}), oldest due first (CreditApplied): credit that arose while they were open is not left idle while
     * the customer is dunned.</li>
     * <li>Promises to pay are judged: kept when what was paid towards their invoices since covers the promise;
     * once the promised day and the tolerance have passed, broken (nothing paid) or partially kept.</li>
     * <li>An invoice whose due date is near gets its pre-due reminder (PaymentDueSoon), once per configured day,
     * unless it is covered by an open promise.</li>
     * <li>An invoice past due reaches the step of the ladder its age calls for (PaymentOverdue), once per level,
     * unless an open promise covers it; a level skipped meanwhile is not sent afterwards.</li>
     * </ol>
     */
    public List<ReceivableEvent> fallDue(String customerId, LocalDate asOf, DunningLadder ladder) {
        return DailyFallDue.fallDue(this, customerId, asOf, ladder);
    }

    /**
     * Records a promise to pay (承诺付款) for open invoices of this customer, in one currency, for today or a later day
     * at most {@code maxDaysAhead} ahead. It pauses the dunning of every invoice it names, so it must cover each in
     * full (oldest due first): never more than is open on them, never less. A 0.01 promise pauses nothing, and is
     * refused.
     */
    public List<ReceivableEvent> promise(RecordPromise c, int maxDaysAhead) {
        return Promising.promise(this, c, maxDaysAhead);
    }

    /**
     * Opens a dispute over part or all of what is open and not yet disputed on an invoice (争议), with its review date.
     * It leaves dunning at once; above the policy's threshold, unless a credit manager opens it, it awaits confirmation
     * and still counts in the exposure that places holds.
     */
    public List<ReceivableEvent> openDispute(OpenDispute c, DisputePolicy policy) {
        return Disputes.openDispute(this, c, policy);
    }

    /** A credit manager confirms an open dispute that awaits confirmation (DisputeConfirmed); once. */
    public List<ReceivableEvent> confirmDispute(ConfirmDispute c) {
        return Disputes.confirmDispute(this, c);
    }

    /**
     * The disputes a complaint opens: its disputed amount spread over the invoices it names (those of this customer in
     * its currency), each up to what is open and not yet disputed, in the order named; ids {@code <complaint>-1, -2...}.
     * A complaint seen again opens nothing more. Each is reviewed on the policy's default day and, above its threshold,
     * awaits a credit manager's confirmation.
     */
    public List<ReceivableEvent> disputesOf(String complaintId, String customerId, List<String> invoiceIds,
            BigDecimal amount, String currency, String reason, String raisedBy, LocalDate openedOn, DisputePolicy policy) {
        return Disputes.disputesOf(this, complaintId, customerId, invoiceIds, amount, currency, reason, raisedBy,
                openedOn, policy);
    }

    /**
     * Resolves an open dispute. UPHELD or SETTLED may come with a credit note (issued here, on the invoice, no more
     * than is open on it); REJECTED cannot. The disputed amount returns to dunning, less what the note takes off.
     */
    public List<ReceivableEvent> resolveDispute(ResolveDispute c) {
        return Disputes.resolveDispute(this, c);
    }

    /**
     * A closed complaint ends the disputes it opened: each is resolved SETTLED (whatever money the complaint agreed came
     * as its own credit note when carried out). A complaint seen closed again resolves nothing more.
     */
    public List<ReceivableEvent> complaintClosed(String complaintId, String customerId, String outcome, LocalDate on) {
        return Disputes.complaintClosed(this, complaintId, customerId, outcome, on);
    }

    /**
     * Money a complaint agreed and carried out becomes its credit note, once: on the complaint's invoice when it is this
     * customer's and in the same currency, otherwise on the credit balance (never refused: the complaint has happened).
     */
    public List<ReceivableEvent> compensate(String complaintId, String creditNoteId, String customerId,
            String invoiceId, BigDecimal amount, String currency, String remedy, LocalDate on) {
        return Disputes.compensate(this, complaintId, creditNoteId, customerId, invoiceId, amount, currency, remedy,
                on);
    }

    void apply(ReceivableEvent event) {
        version++;
        Applying.TABLE.apply(this, event);
    }
}
