package com.getpaid.events.receivables;

import com.getpaid.events.customers.PaymentTerms;
import java.time.LocalDate;

/** An invoice issued without a due date got one from the customer's payment terms. */
public record InvoiceDueDateSet(String invoiceId, String customerId, LocalDate dueDate, PaymentTerms paymentTerms)
        implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
