package com.getpaid.receivables.account;

import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.ReceivableEvent;
import java.util.List;
import java.util.Map;
import com.getpaid.receivables.account.ReceivablesAccount.InvoiceState;
import com.getpaid.receivables.account.ReceivablesAccount.PromiseState;
import com.getpaid.receivables.account.ReceivablesAccount.Snapshot;

/** The account to and from its snapshot. A part of {@link ReceivablesAccount}. */
final class SnapshotMapping {

    private SnapshotMapping() {
    }

    static Snapshot snapshot(ReceivablesAccount acc) {
        return new Snapshot(acc.version, acc.invoices.values().stream().map(i -> new InvoiceState(i.invoiceId, i.currency,
                i.amount, i.issueDate, i.dueDate, i.open, i.dunningLevel, i.writeOffId, i.writtenOff, i.writtenOffOn,
                i.preDueSent, List.copyOf(i.disputes.values()))).toList(), List.copyOf(acc.payments), Map.copyOf(acc.credit),
                List.copyOf(acc.creditNotes), List.copyOf(acc.writeOffs), List.copyOf(acc.refunds), List.copyOf(acc.promiseIds),
                acc.openPromises.values().stream().map(p -> new PromiseState(p.made, p.paid)).toList(),
                Map.copyOf(acc.disputeInvoices), List.copyOf(acc.approvalIds), List.copyOf(acc.pendingApprovals.values()));
    }

    /** The account as of the snapshot, then the events after it. */
    static ReceivablesAccount from(Snapshot snapshot, List<ReceivableEvent> after) {
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
        account.approvalIds.addAll(snapshot.approvalIds());
        snapshot.pendingApprovals().forEach(a -> account.pendingApprovals.put(a.approvalId(), a));
        for (PromiseState p : snapshot.openPromises()) {
            OpenPromise promise = new OpenPromise(p.made());
            promise.paid = p.paid();
            account.openPromises.put(p.made().promiseId(), promise);
        }
        account.version = snapshot.version();
        after.forEach(account::apply);
        return account;
    }
}
