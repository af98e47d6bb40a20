package com.getpaid.receivables.account;

import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invoices and their terms: issuing (using a credit balance at once) and the due dates terms give. A part of
 * {@link ReceivablesAccount}.
 */
final class Invoicing {

    private Invoicing() {
    }

    static List<ReceivableEvent> issue(ReceivablesAccount acc, IssueInvoice c, Optional<PaymentTerms> terms) {
        if (acc.invoices.containsKey(c.invoiceId())) {
            throw new AlreadyRecorded("invoiceId", "Invoice " + c.invoiceId() + " was already issued");
        }
        LocalDate dueDate = c.dueDate() != null ? c.dueDate() : terms.map(t -> t.dueDate(c.issueDate())).orElse(null);
        InvoiceIssued issued = new InvoiceIssued(c.invoiceId(), c.customerId(), c.deliveryRef(), c.issueDate(), dueDate,
                c.amount(), c.currency());
        BigDecimal balance = acc.credit.getOrDefault(c.currency(), BigDecimal.ZERO);
        if (balance.signum() == 0) {
            return List.of(issued);
        }
        // a acc.credit balance in the invoice's currency is used at once, oldest due first (the new invoice among them)
        List<Invoice> open = new ArrayList<>(Allocating.openIn(acc, c.currency()));
        open.add(new Invoice(issued));
        open.sort(Allocating.OLDEST_DUE_FIRST);
        List<Allocation> parts = Allocating.allocate(balance, open);
        return List.of(issued, new CreditApplied(c.customerId(), c.currency(), c.issueDate(), parts, balance.subtract(Allocating.total(parts))));
    }

    static List<ReceivableEvent> applyTerms(ReceivablesAccount acc, String customerId, PaymentTerms terms) {
        return acc.invoices.values().stream()
                .filter(i -> i.dueDate == null)
                .map(i -> (ReceivableEvent) new InvoiceDueDateSet(i.invoiceId, customerId, terms.dueDate(i.issueDate), terms))
                .toList();
    }
}
