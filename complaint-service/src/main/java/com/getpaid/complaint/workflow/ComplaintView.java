package com.getpaid.complaint.workflow;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.store.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as staff and the ERP read it: the register form, where it stands in the workflow, who has it, the
 * remedy, and the SLA times (dispatch due, call-back due). The first eleven fields are the original contract.
 */
public record ComplaintView(String id, String customerId, Category category, Channel channel, String description,
        String recordedBy, List<String> invoiceIds, BigDecimal disputedAmount, String currency, ComplaintStatus status,
        Instant loggedAt, Severity severity, String contactPerson, ComplaintLogged.Product product, LocalDate usedOn,
        String whatHappened, String customerWish, List<String> deliveryRefs, String handler, Instant dispatchDue,
        boolean dispatchOverdue, String findings, String rootCause, Resolution resolution, Instant carriedOutAt,
        Instant callbackDue, int callbackAttempts, Boolean satisfied, int reopened, Instant closedAt) {

    /** The remedy proposed, and who approved and accepted it. */
    public record Resolution(Remedy remedy, BigDecimal amount, String currency, String note, boolean approvalNeeded,
            String approvedBy, String acceptedBy, String creditNoteId) {
    }

    static ComplaintView of(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        String remedyCurrency = rs.getString("remedy_currency");
        String product = rs.getString("product");
        String refs = rs.getString("delivery_refs");
        Resolution resolution = rs.getString("remedy") == null ? null : new Resolution(Remedy.valueOf(rs.getString("remedy")),
                remedyCurrency == null ? null : Money.scaled(rs.getBigDecimal("remedy_amount"), remedyCurrency), remedyCurrency,
                rs.getString("remedy_note"), rs.getBoolean("approval_needed"), rs.getString("approved_by"),
                rs.getString("accepted_by"), rs.getString("credit_note_id"));
        return new ComplaintView(rs.getString("complaint_id"), rs.getString("customer_id"),
                Category.valueOf(rs.getString("category")), Channel.valueOf(rs.getString("channel")), rs.getString("description"), rs.getString("recorded_by"),
                List.of(Json.read(rs.getString("invoice_ids"), String[].class)),
                currency == null ? null : Money.scaled(rs.getBigDecimal("disputed_amount"), currency), currency,
                ComplaintStatus.valueOf(rs.getString("status")), Sql.instant(rs, "logged_at"), Severity.of(rs.getString("severity")), rs.getString("contact_person"),
                product == null ? null : Json.read(product, ComplaintLogged.Product.class),
                rs.getObject("used_on", LocalDate.class), rs.getString("what_happened"), rs.getString("customer_wish"),
                refs == null ? List.of() : List.of(Json.read(refs, String[].class)), rs.getString("handler"),
                Sql.instant(rs, "dispatch_due"), rs.getBoolean("dispatch_overdue"), rs.getString("findings"),
                rs.getString("root_cause"), resolution, Sql.instant(rs, "carried_out_at"), Sql.instant(rs, "callback_due"),
                rs.getInt("callback_attempts"), (Boolean) rs.getObject("satisfied"), rs.getInt("reopened"),
                Sql.instant(rs, "closed_at"));
    }
}
