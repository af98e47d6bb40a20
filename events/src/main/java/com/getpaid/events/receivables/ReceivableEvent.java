package com.getpaid.events.receivables;

import com.getpaid.events.DomainEvent;

/** Events of a customer's receivables account, published on receivables.v1. */
public sealed interface ReceivableEvent extends DomainEvent
        permits InvoiceIssued, InvoiceDueDateSet, PaymentReceived, PaymentOverdue, CreditNoteIssued,
        InvoiceWrittenOff, InvoiceReinstated, RefundPaid, CreditApplied, StatementConfirmed, PaymentDueSoon,
        PromiseRecorded, PromiseKept, PromiseBroken, DisputeOpened, DisputeConfirmed, DisputeResolved, CollectionActivityRecorded,
        ApprovalRequested, ApprovalGiven, ApprovalRefused {
}
