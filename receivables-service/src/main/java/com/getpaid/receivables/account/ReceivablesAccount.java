package com.getpaid.receivables.account;

import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
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
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** What the account knows of one invoice. */
    public static final class Invoice {
        final String invoiceId;
        final String currency;
        final BigDecimal amount;
        final LocalDate issueDate;
        LocalDate dueDate;
        BigDecimal open;
        int dunningLevel;
        String writeOffId; // while written off
        BigDecimal writtenOff = BigDecimal.ZERO;
        LocalDate writtenOffOn;
        Integer preDueSent; // the fewest days before the due date of the pre-due reminders sent
        final Map<String, DisputeOpened> disputes = new LinkedHashMap<>(); // open ones

        /** What is disputed and not yet resolved: out of dunning. */
        public BigDecimal disputed() {
            return disputes.values().stream().map(DisputeOpened::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Invoice(InvoiceIssued e) {
            invoiceId = e.invoiceId();
            currency = e.currency();
            amount = e.amount();
            issueDate = e.issueDate();
            dueDate = e.dueDate();
            open = e.amount();
        }

        public BigDecimal open() {
            return open;
        }

        public LocalDate dueDate() {
            return dueDate;
        }

        public int dunningLevel() {
            return dunningLevel;
        }

        public BigDecimal writtenOff() {
            return writtenOff;
        }
    }

    /** A promise to pay still waiting to be judged, and what was paid towards its invoices since it was made. */
    static final class Promise {
        final PromiseRecorded made;
        BigDecimal paid = BigDecimal.ZERO;

        Promise(PromiseRecorded made) {
            this.made = made;
        }

        boolean covers(String invoiceId) {
            return made.invoiceIds().contains(invoiceId);
        }
    }

    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final java.util.Set<String> payments = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> creditNotes = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> writeOffs = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> refunds = new java.util.LinkedHashSet<>();
    private final Map<String, BigDecimal> credit = new LinkedHashMap<>();
    private final java.util.Set<String> promiseIds = new java.util.LinkedHashSet<>();
    private final Map<String, Promise> openPromises = new LinkedHashMap<>();
    private final Map<String, String> disputeInvoices = new LinkedHashMap<>(); // every dispute ever, to its invoice
    private long version;

    /**
     * What a snapshot keeps: everything the account decides on. Bump {@link #SCHEMA} whenever the
     * account's state or rules change, so older snapshots are ignored and rebuilt from the events.
     */
    public record Snapshot(long version, List<InvoiceState> invoices, List<String> paymentIds, Map<String, BigDecimal> credit,
            List<String> creditNoteIds, List<String> writeOffIds, List<String> refundIds, List<String> promiseIds,
            List<PromiseState> openPromises, Map<String, String> disputeInvoices) {
        public static final int SCHEMA = 7;
    }

    public record InvoiceState(String invoiceId, String currency, BigDecimal amount, LocalDate issueDate, LocalDate dueDate,
            BigDecimal open, int dunningLevel, String writeOffId, BigDecimal writtenOff, LocalDate writtenOffOn,
            Integer preDueSent, List<DisputeOpened> openDisputes) {
    }

    public record PromiseState(PromiseRecorded made, BigDecimal paid) {
    }

    public Snapshot snapshot() {
        return new Snapshot(version, invoices.values().stream().map(i -> new InvoiceState(i.invoiceId, i.currency, i.amount,
                i.issueDate, i.dueDate, i.open, i.dunningLevel, i.writeOffId, i.writtenOff, i.writtenOffOn, i.preDueSent,
                List.copyOf(i.disputes.values())))
                .toList(), List.copyOf(payments), Map.copyOf(credit), List.copyOf(creditNotes), List.copyOf(writeOffs),
                List.copyOf(refunds), List.copyOf(promiseIds), openPromises.values().stream()
                        .map(p -> new PromiseState(p.made, p.paid)).toList(), Map.copyOf(disputeInvoices));
    }

    /** The account as of the snapshot, then the events after it. */
    public static ReceivablesAccount from(Snapshot snapshot, List<ReceivableEvent> after) {
        ReceivablesAccount account = new ReceivablesAccount();
        for (InvoiceState s : snapshot.invoices()) {
            Invoice invoice = new Invoice(new InvoiceIssued(s.invoiceId(), null, null, s.issueDate(), s.dueDate(), s.amount(),
                    s.currency()));
            invoice.open = s.open();
            invoice.dunningLevel = s.dunningLevel();
            invoice.writeOffId = s.writeOffId();
            invoice.writtenOff = s.writtenOff();
            invoice.writtenOffOn = s.writtenOffOn();
            invoice.preDueSent = s.preDueSent();
            s.openDisputes().forEach(d -> invoice.disputes.put(d.disputeId(), d));
            account.invoices.put(s.invoiceId(), invoice);
        }
        account.payments.addAll(snapshot.paymentIds());
        account.credit.putAll(snapshot.credit());
        account.creditNotes.addAll(snapshot.creditNoteIds());
        account.writeOffs.addAll(snapshot.writeOffIds());
        account.refunds.addAll(snapshot.refundIds());
        account.promiseIds.addAll(snapshot.promiseIds());
        account.disputeInvoices.putAll(snapshot.disputeInvoices());
        for (PromiseState p : snapshot.openPromises()) {
            Promise promise = new Promise(p.made());
            promise.paid = p.paid();
            account.openPromises.put(p.made().promiseId(), promise);
        }
        account.version = snapshot.version();
        after.forEach(account::apply);
        return account;
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
        if (invoices.containsKey(c.invoiceId())) {
            throw new AlreadyRecorded("invoiceId", "Invoice " + c.invoiceId() + " was already issued");
        }
        LocalDate dueDate = c.dueDate() != null ? c.dueDate() : terms.map(t -> t.dueDate(c.issueDate())).orElse(null);
        InvoiceIssued issued = new InvoiceIssued(c.invoiceId(), c.customerId(), c.deliveryRef(), c.issueDate(), dueDate,
                c.amount(), c.currency());
        BigDecimal balance = credit.getOrDefault(c.currency(), BigDecimal.ZERO);
        if (balance.signum() == 0) {
            return List.of(issued);
        }
        // a credit balance in the invoice's currency is used at once, oldest due first (the new invoice among them)
        List<Invoice> open = new ArrayList<>(openIn(c.currency()));
        open.add(new Invoice(issued));
        open.sort(OLDEST_DUE_FIRST);
        List<Allocation> parts = allocate(balance, open);
        return List.of(issued, new CreditApplied(c.customerId(), c.currency(), c.issueDate(), parts, balance.subtract(total(parts))));
    }

    /** Gives the invoices that were waiting for the customer's terms their due dates. */
    public List<ReceivableEvent> applyTerms(String customerId, PaymentTerms terms) {
        return invoices.values().stream()
                .filter(i -> i.dueDate == null)
                .map(i -> (ReceivableEvent) new InvoiceDueDateSet(i.invoiceId, customerId, terms.dueDate(i.issueDate), terms))
                .toList();
    }

    /**
     * Receives a payment: to the invoices named, or else to the open invoices of its currency, oldest
     * due first; what is left stays on the account as credit.
     */
    public List<ReceivableEvent> receive(ReceivePayment c) {
        if (payments.contains(c.paymentId())) {
            throw new AlreadyRecorded("paymentId", "Payment " + c.paymentId() + " was already received");
        }
        List<Allocation> allocations = c.allocations() == null ? oldestDueFirst(c) : checked(c);
        BigDecimal allocated = total(allocations);
        List<ReceivableEvent> events = new ArrayList<>();
        // a payment allocated to a written-off invoice reinstates it first (the debt was owed after all); never on a day
        // before the write-off, even when the money had arrived earlier, so the ledger on any past day stays whole
        allocations.stream().map(a -> invoices.get(a.invoiceId())).filter(i -> i.writeOffId != null).distinct()
                .forEach(i -> events.add(new InvoiceReinstated(i.invoiceId, c.customerId(), i.writeOffId, i.writtenOff,
                        i.currency, c.receivedOn().isBefore(i.writtenOffOn) ? i.writtenOffOn : c.receivedOn(), c.paymentId())));
        events.add(new PaymentReceived(c.paymentId(), c.customerId(), c.amount(), c.currency(), c.receivedOn(),
                c.method(), allocations, c.amount().subtract(allocated)));
        // a promise the payment completes is kept at once (the collector need not wait for the promised day)
        for (Promise p : openPromises.values()) {
            BigDecimal paid = p.paid.add(towards(p, allocations));
            if (paid.compareTo(p.made.amount()) >= 0) {
                events.add(kept(p, paid, c.receivedOn()));
            }
        }
        return events;
    }

    private static final Comparator<Invoice> OLDEST_DUE_FIRST = Comparator.comparing((Invoice i) -> i.dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i.issueDate).thenComparing(i -> i.invoiceId);

    private List<Invoice> openIn(String currency) {
        return invoices.values().stream().filter(i -> i.currency.equals(currency) && i.open.signum() > 0)
                .sorted(OLDEST_DUE_FIRST).toList();
    }

    private List<Allocation> oldestDueFirst(ReceivePayment c) {
        return allocate(c.amount(), openIn(c.currency()));
    }

    /** Spreads {@code amount} over the invoices in the order given, each up to what is open on it. */
    private static List<Allocation> allocate(BigDecimal amount, List<Invoice> open) {
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal left = amount;
        for (Invoice invoice : open) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(invoice.open);
            allocations.add(new Allocation(invoice.invoiceId, part));
            left = left.subtract(part);
        }
        return allocations;
    }

    private List<Allocation> checked(ReceivePayment c) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> perInvoice = new LinkedHashMap<>();
        for (int n = 0; n < c.allocations().size(); n++) {
            Allocation a = c.allocations().get(n);
            String field = "allocations[" + n + "]";
            Invoice invoice = invoices.get(a.invoiceId());
            if (invoice == null) {
                throw new RuleViolated(field + ".invoiceId", "Customer " + c.customerId() + " has no invoice "
                        + a.invoiceId());
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated(field + ".invoiceId", "Invoice " + a.invoiceId() + " is in "
                        + invoice.currency + ", the payment in " + c.currency());
            }
            BigDecimal already = perInvoice.getOrDefault(a.invoiceId(), BigDecimal.ZERO).add(a.amount());
            BigDecimal payable = invoice.open.add(invoice.writtenOff); // a written-off invoice is reinstated by the payment
            if (already.compareTo(payable) > 0) {
                throw new RuleViolated(field + ".amount", "Invoice " + a.invoiceId() + " has only "
                        + payable.toPlainString() + " " + invoice.currency + (invoice.writeOffId == null ? " open"
                                : " written off, to reinstate"));
            }
            perInvoice.put(a.invoiceId(), already);
            total = total.add(a.amount());
        }
        if (total.compareTo(c.amount()) > 0) {
            throw new RuleViolated("allocations", "The allocations add up to " + total.toPlainString()
                    + ", more than the payment's " + c.amount().toPlainString());
        }
        return c.allocations();
    }

    /**
     * Issues a credit note: on an invoice it reduces what is open, and what exceeds the open amount
     * becomes credit balance; without an invoice it is all credit balance. The note must be in the
     * invoice's currency (a credit in another currency would leave the invoice's own untouched).
     */
    public List<ReceivableEvent> issueCreditNote(IssueCreditNote c) {
        if (creditNotes.contains(c.creditNoteId())) {
            throw new AlreadyRecorded("creditNoteId", "Credit note " + c.creditNoteId() + " was already issued");
        }
        BigDecimal applied = BigDecimal.ZERO.setScale(c.amount().scale());
        if (c.invoiceId() != null) {
            Invoice invoice = invoices.get(c.invoiceId());
            if (invoice == null) {
                throw new RuleViolated("invoiceId", "Customer " + c.customerId() + " has no invoice " + c.invoiceId());
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated("currency", "Invoice " + c.invoiceId() + " is in " + invoice.currency
                        + ", the credit note in " + c.currency());
            }
            applied = c.amount().min(invoice.open);
        }
        return List.of(new CreditNoteIssued(c.creditNoteId(), c.customerId(), c.invoiceId(), c.amount(), c.currency(),
                c.issueDate(), c.reason(), c.complaintId(), applied, c.amount().subtract(applied)));
    }

    /** Pays back credit balance (退款); never more than the balance in that currency. */
    public List<ReceivableEvent> refund(PayRefund c) {
        if (refunds.contains(c.refundId())) {
            throw new AlreadyRecorded("refundId", "Refund " + c.refundId() + " was already paid");
        }
        BigDecimal balance = credit.getOrDefault(c.currency(), BigDecimal.ZERO);
        if (c.amount().compareTo(balance) > 0) {
            throw new RuleViolated("amount", "Customer " + c.customerId() + " has " + balance.toPlainString() + " "
                    + c.currency() + " of credit balance, less than the refund of " + c.amount().toPlainString());
        }
        return List.of(new RefundPaid(c.refundId(), c.customerId(), c.amount(), c.currency(), c.paidOn(), c.method()));
    }

    /**
     * Writes off what is open on an invoice (核销坏账): it leaves dunning, aging's open buckets and the
     * exposure. Once per invoice while it stays written off; nothing open, nothing to write off.
     */
    public List<ReceivableEvent> writeOff(WriteOffInvoice c) {
        if (writeOffs.contains(c.writeOffId())) {
            throw new AlreadyRecorded("writeOffId", "Write-off " + c.writeOffId() + " was already recorded");
        }
        Invoice invoice = invoices.get(c.invoiceId());
        if (invoice == null) {
            throw new NotFound("No invoice '" + c.invoiceId() + "'");
        }
        if (invoice.writeOffId != null) {
            throw new AlreadyRecorded("invoiceId", "Invoice " + c.invoiceId() + " is written off already (" + invoice.writeOffId
                    + ")");
        }
        if (invoice.open.signum() == 0) {
            throw new RuleViolated("invoiceId", "Invoice " + c.invoiceId() + " has nothing open to write off");
        }
        return List.of(new InvoiceWrittenOff(c.writeOffId(), c.invoiceId(), c.customerId(), invoice.open, invoice.currency,
                c.writtenOffOn(), c.reason(), c.approvedBy()));
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
        List<ReceivableEvent> events = new ArrayList<>();
        Map<String, BigDecimal> covered = new java.util.HashMap<>();
        credit.forEach((currency, balance) -> {
            List<Invoice> due = openIn(currency).stream().filter(i -> i.dueDate != null && !i.dueDate.isAfter(asOf)).toList();
            if (balance.signum() > 0 && !due.isEmpty()) {
                List<Allocation> parts = allocate(balance, due);
                parts.forEach(p -> covered.put(p.invoiceId(), p.amount()));
                events.add(new CreditApplied(customerId, currency, asOf, parts, balance.subtract(total(parts))));
            }
        });
        List<Promise> stillOpen = new ArrayList<>();
        for (Promise p : openPromises.values()) {
            BigDecimal paid = p.paid.add(p.made.invoiceIds().stream().map(id -> covered.getOrDefault(id, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            if (paid.compareTo(p.made.amount()) >= 0) {
                events.add(kept(p, paid, asOf));
            } else if (asOf.isAfter(p.made.promisedFor().plusDays(ladder.promiseToleranceDays()))) {
                events.add(new PromiseBroken(p.made.promiseId(), customerId, p.made.invoiceIds(), p.made.amount(), paid,
                        p.made.currency(), p.made.promisedFor(), asOf, paid.signum() > 0 ? "PARTIALLY_KEPT" : "BROKEN"));
            } else {
                stillOpen.add(p);
            }
        }
        for (Invoice i : invoices.values()) {
            // the disputed part leaves dunning; what is left is dunned (partially disputed invoices included)
            BigDecimal open = i.open.subtract(covered.getOrDefault(i.invoiceId, BigDecimal.ZERO)).subtract(i.disputed());
            if (i.dueDate == null || open.signum() <= 0 || stillOpen.stream().anyMatch(p -> p.covers(i.invoiceId))) {
                continue;
            }
            long daysLate = ChronoUnit.DAYS.between(i.dueDate, asOf);
            if (daysLate < 0 && i.dunningLevel == 0 && i.disputes.isEmpty()) {
                ladder.preDue(-daysLate, i.preDueSent).ifPresent(d -> events.add(new PaymentDueSoon(i.invoiceId, customerId,
                        i.dueDate, open, i.currency, d)));
            }
            ladder.forAge(daysLate).filter(step -> step.level() > i.dunningLevel).ifPresent(step -> events.add(
                    new PaymentOverdue(i.invoiceId, customerId, i.dueDate, asOf, (int) daysLate, open, i.currency, step.level(),
                            step.stage())));
        }
        return events;
    }

    /**
     * Records a promise to pay (承诺付款) for open invoices of this customer, in one currency, no more than is open on
     * them, for today or a later day.
     */
    public List<ReceivableEvent> promise(RecordPromise c) {
        if (promiseIds.contains(c.promiseId())) {
            throw new AlreadyRecorded("promiseId", "Promise " + c.promiseId() + " was already recorded");
        }
        BigDecimal open = BigDecimal.ZERO;
        for (int n = 0; n < c.invoiceIds().size(); n++) {
            String field = "invoiceIds[" + n + "]";
            Invoice invoice = invoices.get(c.invoiceIds().get(n));
            if (invoice == null) {
                throw new RuleViolated(field, "Customer " + c.customerId() + " has no invoice " + c.invoiceIds().get(n));
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated(field, "Invoice " + invoice.invoiceId + " is in " + invoice.currency
                        + ", the promise in " + c.currency());
            }
            if (invoice.open.signum() == 0) {
                throw new RuleViolated(field, "Invoice " + invoice.invoiceId + " has nothing open");
            }
            open = open.add(invoice.open);
        }
        if (c.amount().compareTo(open) > 0) {
            throw new RuleViolated("amount", "The invoices have " + open.toPlainString() + " " + c.currency()
                    + " open, less than the " + c.amount().toPlainString() + " promised");
        }
        if (c.promisedFor().isBefore(c.recordedOn())) {
            throw new RuleViolated("promisedFor", c.promisedFor() + " is before today (" + c.recordedOn() + ")");
        }
        return List.of(new PromiseRecorded(c.promiseId(), c.customerId(), List.copyOf(c.invoiceIds()), c.amount(),
                c.currency(), c.promisedFor(), c.recordedBy(), c.recordedOn()));
    }

    /** Opens a dispute over part or all of what is open and not yet disputed on an invoice (争议). */
    public List<ReceivableEvent> openDispute(OpenDispute c) {
        if (disputeInvoices.containsKey(c.disputeId())) {
            throw new AlreadyRecorded("disputeId", "Dispute " + c.disputeId() + " was already opened");
        }
        Invoice invoice = invoices.get(c.invoiceId());
        if (invoice == null) {
            throw new RuleViolated("invoiceId", "Customer " + c.customerId() + " has no invoice " + c.invoiceId());
        }
        if (!invoice.currency.equals(c.currency())) {
            throw new RuleViolated("currency", "Invoice " + c.invoiceId() + " is in " + invoice.currency
                    + ", the dispute in " + c.currency());
        }
        BigDecimal undisputed = invoice.open.subtract(invoice.disputed());
        if (c.amount().compareTo(undisputed) > 0) {
            throw new RuleViolated("amount", "Invoice " + c.invoiceId() + " has " + undisputed.toPlainString() + " "
                    + invoice.currency + " open and not yet disputed, less than the " + c.amount().toPlainString() + " disputed");
        }
        return List.of(new DisputeOpened(c.disputeId(), c.invoiceId(), c.customerId(), c.amount(), c.currency(), c.reason(),
                c.complaintId(), c.raisedBy(), c.openedOn()));
    }

    /**
     * The disputes a complaint opens: its disputed amount spread over the invoices it names (those of this customer in
     * its currency), each up to what is open and not yet disputed, in the order named; ids {@code <complaint>-1, -2...}.
     * A complaint seen again opens nothing more.
     */
    public List<ReceivableEvent> disputesOf(String complaintId, String customerId, List<String> invoiceIds, BigDecimal amount,
            String currency, String reason, String raisedBy, LocalDate openedOn) {
        List<ReceivableEvent> events = new ArrayList<>();
        BigDecimal left = amount;
        for (int n = 0; n < invoiceIds.size() && left.signum() > 0; n++) {
            Invoice invoice = invoices.get(invoiceIds.get(n));
            String disputeId = complaintId + "-" + (n + 1);
            if (invoice == null || !invoice.currency.equals(currency) || disputeInvoices.containsKey(disputeId)) {
                continue;
            }
            BigDecimal part = left.min(invoice.open.subtract(invoice.disputed()));
            if (part.signum() > 0) {
                events.add(new DisputeOpened(disputeId, invoice.invoiceId, customerId, part, currency, reason, complaintId,
                        raisedBy, openedOn));
                left = left.subtract(part);
            }
        }
        return events;
    }

    /**
     * Resolves an open dispute. UPHELD or SETTLED may come with a credit note (issued here, on the invoice, no more
     * than is open on it); REJECTED cannot. The disputed amount returns to dunning, less what the note takes off.
     */
    public List<ReceivableEvent> resolveDispute(ResolveDispute c) {
        String invoiceId = disputeInvoices.get(c.disputeId());
        if (invoiceId == null) {
            throw new NotFound("No dispute '" + c.disputeId() + "'");
        }
        Invoice invoice = invoices.get(invoiceId);
        DisputeOpened dispute = invoice.disputes.get(c.disputeId());
        if (dispute == null) {
            throw new AlreadyRecorded("disputeId", "Dispute " + c.disputeId() + " was already resolved");
        }
        BigDecimal note = c.creditNoteAmount();
        if (note != null && "REJECTED".equals(c.outcome())) {
            throw new RuleViolated("creditNoteAmount", "A rejected dispute gets no credit note");
        }
        if (note != null && note.compareTo(invoice.open) > 0) {
            throw new RuleViolated("creditNoteAmount", "Invoice " + invoiceId + " has only " + invoice.open
                    .toPlainString() + " " + invoice.currency + " open");
        }
        String creditNoteId = note == null ? null : "CN-" + c.disputeId();
        List<ReceivableEvent> events = new ArrayList<>();
        events.add(new DisputeResolved(c.disputeId(), invoiceId, c.customerId(), dispute.amount(), invoice.currency,
                c.outcome(), creditNoteId, note, c.resolvedBy(), c.resolvedOn()));
        if (note != null) {
            if (creditNotes.contains(creditNoteId)) {
                throw new AlreadyRecorded("disputeId", "Credit note " + creditNoteId + " exists already");
            }
            events.add(new CreditNoteIssued(creditNoteId, c.customerId(), invoiceId, note, invoice.currency, c.resolvedOn(),
                    "Dispute " + c.disputeId() + " " + c.outcome().toLowerCase() + ": " + dispute.reason(),
                    dispute.complaintId(), note, note.subtract(note)));
        }
        return events;
    }

    /**
     * A closed complaint ends the disputes it opened: each is resolved SETTLED (whatever money the complaint agreed came
     * as its own credit note when carried out). A complaint seen closed again resolves nothing more.
     */
    public List<ReceivableEvent> complaintClosed(String complaintId, String customerId, String outcome, LocalDate on) {
        List<ReceivableEvent> events = new ArrayList<>();
        for (Invoice invoice : invoices.values()) {
            for (DisputeOpened d : invoice.disputes.values()) {
                if (complaintId.equals(d.complaintId())) {
                    events.add(new DisputeResolved(d.disputeId(), invoice.invoiceId, customerId, d.amount(), invoice.currency,
                            "SETTLED", null, null, "complaint " + complaintId + " " + outcome, on));
                }
            }
        }
        return events;
    }

    /**
     * Money a complaint agreed and carried out becomes its credit note, once: on the complaint's invoice when it is this
     * customer's and in the same currency, otherwise on the credit balance (never refused: the complaint has happened).
     */
    public List<ReceivableEvent> compensate(String complaintId, String creditNoteId, String customerId, String invoiceId,
            BigDecimal amount, String currency, String remedy, LocalDate on) {
        if (creditNotes.contains(creditNoteId)) {
            return List.of();
        }
        Invoice invoice = invoiceId == null ? null : invoices.get(invoiceId);
        String onInvoice = invoice != null && invoice.currency.equals(currency) ? invoiceId : null;
        return issueCreditNote(new IssueCreditNote(creditNoteId, customerId, onInvoice, amount, currency, on,
                "Complaint " + complaintId + ": " + remedy.toLowerCase().replace('_', ' ') + " agreed and carried out",
                complaintId));
    }

    private static PromiseKept kept(Promise p, BigDecimal paid, LocalDate on) {
        return new PromiseKept(p.made.promiseId(), p.made.customerId(), p.made.invoiceIds(), p.made.amount(), paid,
                p.made.currency(), p.made.promisedFor(), on);
    }

    private static BigDecimal towards(Promise p, List<Allocation> parts) {
        return parts.stream().filter(a -> p.covers(a.invoiceId())).map(Allocation::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static BigDecimal total(List<Allocation> parts) {
        return parts.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What each event changes in the account; the statement and collectors' notes change nothing it decides on. */
    private static final Dispatch<ReceivablesAccount, ReceivableEvent> APPLY = Dispatch
            .<ReceivablesAccount, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (acc, e) -> {
                acc.invoices.put(e.invoiceId(), new Invoice(e));
            })
            .on(InvoiceDueDateSet.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).dueDate = e.dueDate();
            })
            .on(PaymentReceived.class, (acc, e) -> {
                acc.payments.add(e.paymentId());
                for (Allocation a : e.allocations()) {
                    Invoice invoice = acc.invoices.get(a.invoiceId());
                    invoice.open = invoice.open.subtract(a.amount());
                }
                acc.openPromises.values().forEach(p -> p.paid = p.paid.add(towards(p, e.allocations())));
                acc.credit.merge(e.currency(), e.unallocated(), BigDecimal::add);
            })
            .on(CreditNoteIssued.class, (acc, e) -> {
                acc.creditNotes.add(e.creditNoteId());
                if (e.invoiceId() != null) {
                    Invoice invoice = acc.invoices.get(e.invoiceId());
                    invoice.open = invoice.open.subtract(e.applied());
                }
                acc.credit.merge(e.currency(), e.toCredit(), BigDecimal::add);
            })
            .on(InvoiceWrittenOff.class, (acc, e) -> {
                acc.writeOffs.add(e.writeOffId());
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.open = invoice.open.subtract(e.amount());
                invoice.writtenOff = e.amount();
                invoice.writeOffId = e.writeOffId();
                invoice.writtenOffOn = e.writtenOffOn();
            })
            .on(InvoiceReinstated.class, (acc, e) -> {
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.open = invoice.open.add(e.amount());
                invoice.writtenOff = BigDecimal.ZERO;
                invoice.writeOffId = null;
                invoice.writtenOffOn = null;
            })
            .on(CreditApplied.class, (acc, e) -> {
                for (Allocation a : e.allocations()) {
                    Invoice invoice = acc.invoices.get(a.invoiceId());
                    invoice.open = invoice.open.subtract(a.amount());
                }
                acc.openPromises.values().forEach(p -> p.paid = p.paid.add(towards(p, e.allocations())));
                acc.credit.put(e.currency(), e.remaining());
            })
            .on(RefundPaid.class, (acc, e) -> {
                acc.refunds.add(e.refundId());
                acc.credit.merge(e.currency(), e.amount().negate(), BigDecimal::add);
            })
            .on(PromiseRecorded.class, (acc, e) -> {
                acc.promiseIds.add(e.promiseId());
                acc.openPromises.put(e.promiseId(), new Promise(e));
            })
            .on(PromiseKept.class, (acc, e) -> {
                acc.openPromises.remove(e.promiseId());
            })
            .on(PromiseBroken.class, (acc, e) -> {
                acc.openPromises.remove(e.promiseId());
            })
            .on(DisputeOpened.class, (acc, e) -> {
                acc.disputeInvoices.put(e.disputeId(), e.invoiceId());
                acc.invoices.get(e.invoiceId()).disputes.put(e.disputeId(), e);
            })
            .on(DisputeResolved.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).disputes.remove(e.disputeId());
            })
            .on(PaymentDueSoon.class, (acc, e) -> {
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.preDueSent = invoice.preDueSent == null ? e.daysBefore() : Math.min(invoice.preDueSent, e.daysBefore());
            })
            .on(PaymentOverdue.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).dunningLevel = Math.max(acc.invoices.get(e.invoiceId()).dunningLevel, e.dunningLevel());
            })
            .ignore(StatementConfirmed.class, CollectionActivityRecorded.class)
            .build();

    void apply(ReceivableEvent event) {
        version++;
        APPLY.apply(this, event);
    }
}
