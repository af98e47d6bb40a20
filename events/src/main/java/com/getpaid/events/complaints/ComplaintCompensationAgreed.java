package com.getpaid.events.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money agreed and carried out for a complaint (a discount, a refund, a compensation): receivables issues credit note {@code creditNoteId} for it, once, on {@code invoiceId} when the complaint names one. */
public record ComplaintCompensationAgreed(String complaintId, String customerId, String creditNoteId, String remedy, BigDecimal amount, String currency, String invoiceId, LocalDate agreedOn) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
