package com.getpaid.receivables.account;

import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Disputes and what complaints do to the ledger. A part of {@link ReceivablesAccount}. */
final class Disputes {

    private Disputes() {
    }

    static List<ReceivableEvent> openDispute(ReceivablesAccount acc, OpenDispute c, DisputePolicy policy) {
        if (acc.disputeInvoices.containsKey(c.disputeId())) {
            throw new AlreadyRecorded("disputeId", "Dispute " + c.disputeId() + " was already opened");
        }
        Invoice invoice = acc.invoices.get(c.invoiceId());
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
                c.complaintId(), c.raisedBy(), c.openedOn(), policy.reviewBy(c.reviewBy(), c.openedOn()),
                policy.awaitsConfirmation(c.amount(), c.currency(), c.byCreditManager())));
    }

    static List<ReceivableEvent> confirmDispute(ReceivablesAccount acc, ConfirmDispute c) {
        String invoiceId = acc.disputeInvoices.get(c.disputeId());
        if (invoiceId == null) {
            throw new NotFound("No dispute '" + c.disputeId() + "'");
        }
        DisputeOpened dispute = acc.invoices.get(invoiceId).disputes.get(c.disputeId());
        if (dispute == null) {
            throw new RuleViolated("disputeId", "Dispute " + c.disputeId() + " is resolved: nothing to confirm");
        }
        if (!dispute.awaitingConfirmation()) {
            throw new AlreadyRecorded("disputeId", "Dispute " + c.disputeId() + " is confirmed already");
        }
        return List.of(new DisputeConfirmed(c.disputeId(), invoiceId, c.customerId(), dispute.amount(), dispute.currency(),
                c.confirmedBy(), c.confirmedOn()));
    }

    static List<ReceivableEvent> disputesOf(ReceivablesAccount acc, String complaintId, String customerId,
            List<String> invoiceIds, BigDecimal amount, String currency, String reason, String raisedBy, LocalDate openedOn,
            DisputePolicy policy) {
        List<ReceivableEvent> events = new ArrayList<>();
        BigDecimal left = amount;
        for (int n = 0; n < invoiceIds.size() && left.signum() > 0; n++) {
            Invoice invoice = acc.invoices.get(invoiceIds.get(n));
            String disputeId = complaintId + "-" + (n + 1);
            if (invoice == null || !invoice.currency.equals(currency) || acc.disputeInvoices.containsKey(disputeId)) {
                continue;
            }
            BigDecimal part = left.min(invoice.open.subtract(invoice.disputed()));
            if (part.signum() > 0) {
                // whoever logged the complaint, the token behind it is not known here: never a credit manager's say-so
                events.add(new DisputeOpened(disputeId, invoice.invoiceId, customerId, part, currency, reason, complaintId,
                        raisedBy, openedOn, policy.reviewBy(null, openedOn), policy.awaitsConfirmation(part, currency, false)));
                left = left.subtract(part);
            }
        }
        return events;
    }

    static List<ReceivableEvent> resolveDispute(ReceivablesAccount acc, ResolveDispute c) {
        String invoiceId = acc.disputeInvoices.get(c.disputeId());
        if (invoiceId == null) {
            throw new NotFound("No dispute '" + c.disputeId() + "'");
        }
        Invoice invoice = acc.invoices.get(invoiceId);
        DisputeOpened dispute = invoice.disputes.get(c.disputeId());
        if (dispute == null) {
            throw new AlreadyRecorded("disputeId", "Dispute " + c.disputeId() + " was already resolved");
        }
        BigDecimal note = c.creditNoteAmount();
        if (note != null && c.outcome() == DisputeOutcome.REJECTED) {
            throw new RuleViolated("creditNoteAmount", "A rejected dispute gets no acc.credit note");
        }
        if (note != null && note.compareTo(invoice.open) > 0) {
            throw new RuleViolated("creditNoteAmount", "Invoice " + invoiceId + " has only " + invoice.open
                    .toPlainString() + " " + invoice.currency + " open");
        }
        String creditNoteId = note == null ? null : "CN-" + c.disputeId();
        List<ReceivableEvent> events = new ArrayList<>();
        events.add(new DisputeResolved(c.disputeId(), invoiceId, c.customerId(), dispute.amount(), invoice.currency,
                c.outcome().name(), creditNoteId, note, c.resolvedBy(), c.resolvedOn()));
        if (note != null) {
            if (acc.creditNotes.contains(creditNoteId)) {
                throw new AlreadyRecorded("disputeId", "Credit note " + creditNoteId + " exists already");
            }
            events.add(new CreditNoteIssued(creditNoteId, c.customerId(), invoiceId, note, invoice.currency, c.resolvedOn(),
                    "Dispute " + c.disputeId() + " " + c.outcome().name().toLowerCase() + ": " + dispute.reason(),
                    dispute.complaintId(), note, note.subtract(note)));
        }
        return events;
    }

    /**
     * A complaint's credit note on an invoice settles that much of the complaint's disputes there (oldest first), so the
     * credited money is not taken off twice (once by the note, once as still disputed) while the complaint runs: each
     * dispute it reaches is resolved SETTLED with the note, and what the note does not cover stays disputed as a new
     * dispute of the complaint ({@code <complaint>-<n>}, the next free number) until the complaint closes.
     */
    static List<ReceivableEvent> settledBy(ReceivablesAccount acc, CreditNoteIssued note) {
        if (note.complaintId() == null || note.invoiceId() == null || note.applied().signum() <= 0) {
            return List.of();
        }
        Invoice invoice = acc.invoices.get(note.invoiceId());
        List<ReceivableEvent> events = new ArrayList<>();
        BigDecimal left = note.applied();
        int next = 1;
        for (DisputeOpened d : List.copyOf(invoice.disputes.values())) {
            if (left.signum() <= 0 || !note.complaintId().equals(d.complaintId())) {
                continue;
            }
            BigDecimal covered = left.min(d.amount());
            left = left.subtract(covered);
            events.add(new DisputeResolved(d.disputeId(), invoice.invoiceId, note.customerId(), d.amount(), invoice.currency,
                    DisputeOutcome.SETTLED.name(), note.creditNoteId(), covered, "complaint " + note.complaintId()
                            + " credit note " + note.creditNoteId(), note.issueDate()));
            BigDecimal rest = d.amount().subtract(covered);
            if (rest.signum() > 0) {
                while (acc.disputeInvoices.containsKey(note.complaintId() + "-" + next)) {
                    next++;
                }
                events.add(new DisputeOpened(note.complaintId() + "-" + next++, invoice.invoiceId, note.customerId(), rest,
                        invoice.currency, d.reason(), d.complaintId(), d.raisedBy(), d.openedOn(), d.reviewBy(),
                        d.awaitingConfirmation()));
            }
        }
        return events;
    }

    static List<ReceivableEvent> complaintClosed(ReceivablesAccount acc, String complaintId, String customerId,
            String outcome, LocalDate on) {
        List<ReceivableEvent> events = new ArrayList<>();
        for (Invoice invoice : acc.invoices.values()) {
            for (DisputeOpened d : invoice.disputes.values()) {
                if (complaintId.equals(d.complaintId())) {
                    events.add(new DisputeResolved(d.disputeId(), invoice.invoiceId, customerId, d.amount(), invoice.currency,
                            "SETTLED", null, null, "complaint " + complaintId + " " + outcome, on));
                }
            }
        }
        return events;
    }

    static List<ReceivableEvent> compensate(ReceivablesAccount acc, String complaintId, String creditNoteId,
            String customerId, String invoiceId, BigDecimal amount, String currency, String remedy, LocalDate on) {
        if (acc.creditNotes.contains(creditNoteId)) {
            return List.of();
        }
        Invoice invoice = invoiceId == null ? null : acc.invoices.get(invoiceId);
        String onInvoice = invoice != null && invoice.currency.equals(currency) ? invoiceId : null;
        return Credits.issueCreditNote(acc, new IssueCreditNote(creditNoteId, customerId, onInvoice, amount, currency, on,
                "Complaint " + complaintId + ": " + remedy.toLowerCase().replace('_', ' ') + " agreed and carried out",
                complaintId));
    }
}
