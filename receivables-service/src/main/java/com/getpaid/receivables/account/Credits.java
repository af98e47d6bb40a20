package com.getpaid.receivables.account;

import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.util.List;

/** Credit notes, refunds of the credit balance and write-offs. A part of {@link ReceivablesAccount}. */
final class Credits {

    private Credits() {
    }

    static List<ReceivableEvent> issueCreditNote(ReceivablesAccount acc, IssueCreditNote c) {
        if (acc.creditNotes.contains(c.creditNoteId())) {
            throw new AlreadyRecorded("creditNoteId", "Credit note " + c.creditNoteId() + " was already issued");
        }
        BigDecimal applied = BigDecimal.ZERO.setScale(c.amount().scale());
        if (c.invoiceId() != null) {
            Invoice invoice = acc.invoices.get(c.invoiceId());
            if (invoice == null) {
                throw new RuleViolated("invoiceId", "Customer " + c.customerId() + " has no invoice " + c.invoiceId());
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated("currency", "Invoice " + c.invoiceId() + " is in " + invoice.currency
                        + ", the credit note in " + c.currency());
            }
            applied = c.amount().min(invoice.open);
        }
        CreditNoteIssued note = new CreditNoteIssued(c.creditNoteId(), c.customerId(), c.invoiceId(), c.amount(),
                c.currency(), c.issueDate(), c.reason(), c.complaintId(), applied, c.amount().subtract(applied));
        List<ReceivableEvent> events = new java.util.ArrayList<>(List.of(note));
        events.addAll(Disputes.settledBy(acc, note));
        return events;
    }

    static List<ReceivableEvent> refund(ReceivablesAccount acc, PayRefund c) {
        if (acc.refunds.contains(c.refundId())) {
            throw new AlreadyRecorded("refundId", "Refund " + c.refundId() + " was already paid");
        }
        BigDecimal balance = acc.credit.getOrDefault(c.currency(), BigDecimal.ZERO);
        if (c.amount().compareTo(balance) > 0) {
            throw new RuleViolated("amount", "Customer " + c.customerId() + " has " + balance.toPlainString() + " "
                    + c.currency() + " of credit balance, less than the refund of " + c.amount().toPlainString());
        }
        return List.of(new RefundPaid(c.refundId(), c.customerId(), c.amount(), c.currency(), c.paidOn(),
                PaymentMethod.nameOf(c.method())));
    }

    static List<ReceivableEvent> writeOff(ReceivablesAccount acc, WriteOffInvoice c) {
        if (acc.writeOffs.contains(c.writeOffId())) {
            throw new AlreadyRecorded("writeOffId", "Write-off " + c.writeOffId() + " was already recorded");
        }
        Invoice invoice = acc.invoices.get(c.invoiceId());
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
}
