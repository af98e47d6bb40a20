package com.getpaid.receivables.account;

import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.InvoiceIssued;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the account knows of one invoice. */
public final class Invoice {
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
