package com.getpaid.complaint.complaint;

import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of a complaint's workflow steps, as sent: each checked field by field before use. */
public final class Steps {

    private Steps() {
    }

    /** {@code POST /api/complaints/{id}/assignment}. */
    public record Assignment(@Schema(example = "zhou.min") String handler, @Schema(example = "front desk") String assignedBy) {
        Assignment validate() {
            Check check = new Check();
            Assignment ok = new Assignment(check.text("handler", handler, 200), check.text("assignedBy", assignedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/escalation}. */
    public record Escalation(@Schema(example = "chen.jie") String toHandler,
            @Schema(example = "Customer threatens to stop ordering") String reason, @Schema(example = "zhou.min") String escalatedBy) {
        Escalation validate() {
            Check check = new Check();
            Escalation ok = new Escalation(check.text("toHandler", toHandler, 200), check.text("reason", reason, 2000),
                    check.text("escalatedBy", escalatedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/investigation}. */
    public record Investigation(@Schema(example = "Housings of batch 2411 too brittle") String findings,
            @Schema(example = "MOULD_TEMPERATURE") String rootCause, @Schema(example = "zhou.min") String investigatedBy) {
        Investigation validate() {
            Check check = new Check();
            Investigation ok = new Investigation(check.text("findings", findings, 4000), check.text("rootCause", rootCause, 200),
                    check.text("investigatedBy", investigatedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/resolution}: a remedy with money needs its amount and currency. */
    public record Resolution(
            @Schema(enumeration = { "APOLOGY", "DISCOUNT", "GIFT", "REPLACEMENT", "RETURN_REFUND", "COMPENSATION" }) String remedy,
            @Schema(description = "Required for DISCOUNT, RETURN_REFUND and COMPENSATION (credited when carried out)",
                    example = "1500.00") String amount,
            @Schema(example = "CNY") String currency, @Schema(example = "Credit for the cracked housings") String note,
            @Schema(example = "zhou.min") String proposedBy) {

        static final Set<String> REMEDIES = Set.of("APOLOGY", "DISCOUNT", "GIFT", "REPLACEMENT", "RETURN_REFUND", "COMPENSATION");

        record Checked(String remedy, BigDecimal amount, String currency, String note, String proposedBy) {
        }

        Checked validate() {
            Check check = new Check();
            String how = check.oneOf("remedy", remedy, REMEDIES);
            BigDecimal money = null;
            String code = null;
            if (amount != null || currency != null || (how != null && Complaint.MONEY_REMEDIES.contains(how))) {
                Currency cur = check.currency("currency", currency);
                money = amount == null ? null : check.amount("amount", amount, cur, false);
                if (amount == null) {
                    check.fail("amount", "is required for " + how + " (and with a currency)");
                }
                code = cur == null ? null : cur.getCurrencyCode();
            }
            Checked ok = new Checked(how, money, code, check.optionalText("note", note, 4000),
                    check.text("proposedBy", proposedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/approval}. */
    public record Approval(@Schema(example = "Wang Fang (sales director)") String approvedBy) {
        Approval validate() {
            Check check = new Check();
            Approval ok = new Approval(check.text("approvedBy", approvedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/acceptance}. */
    public record Acceptance(@Schema(example = "Mr Zhang (purchasing)") String acceptedBy) {
        Acceptance validate() {
            Check check = new Check();
            Acceptance ok = new Acceptance(check.text("acceptedBy", acceptedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/execution}. */
    public record Execution(@Schema(example = "FINANCE") String department,
            @Schema(example = "Credit note sent with the replacement parts") String note, @Schema(example = "zhou.min") String recordedBy) {
        Execution validate() {
            Check check = new Check();
            Execution ok = new Execution(check.text("department", department, 200), check.optionalText("note", note, 4000),
                    check.text("recordedBy", recordedBy, 200));
            check.done();
            return ok;
        }
    }

    /** {@code POST /api/complaints/{id}/callbacks}: {@code satisfied} is required when the customer was reached. */
    public record Callback(@Schema(example = "true") Boolean reached, @Schema(example = "true") Boolean satisfied,
            @Schema(example = "Parts fitted, customer content") String note, @Schema(example = "zhou.min") String calledBy) {
        Callback validate() {
            Check check = new Check();
            if (reached == null) {
                check.fail("reached", "is required (true or false)");
            } else if (reached && satisfied == null) {
                check.fail("satisfied", "is required when the customer was reached");
            }
            Callback ok = new Callback(reached, satisfied, check.optionalText("note", note, 4000), check.text("calledBy", calledBy, 200));
            check.done();
            return ok;
        }
    }
}
