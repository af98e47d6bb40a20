package com.getpaid.receivables.approval;

import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Decided;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The answer of a command that may have to wait for a second person: 202 with the request (PENDING_APPROVAL) when the
 * decision only asked for approval, else 201 with what it did at once.
 */
public final class Requested {

    private static final Logger LOG = Logger.getLogger(Requested.class);

    /** The request when one was made; empty when the command acted at once. */
    public static Optional<Answer<Object>> pending(Decided<ReceivableEvent> decided) {
        return decided.first(ApprovalRequested.class).map(r -> {
            LOG.infof("%s %s of customer %s (%s %s) waits for a second person's approval as %s, requested by %s", r.kind(),
                    r.reference(), r.customerId(), r.amount().toPlainString(), r.currency(), r.approvalId(),
                    r.requestedBy());
            return Answer.<Object>accepted(Approvals.pending(r));
        });
    }

    private Requested() {
    }
}
