package com.getpaid.receivables.account;

import java.time.LocalDate;

/** Write off what is open on an invoice of a customer, on a day, with the reason and who approved it. */
public record WriteOffInvoice(String writeOffId, String invoiceId, String customerId, LocalDate writtenOffOn, String reason,
        String approvedBy) {
}
