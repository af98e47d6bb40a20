package com.getpaid.receivables.statement;

import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.kit.api.Check;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/accounts/{customerId}/statement-confirmations}, as sent: checked field by field. */
public record ConfirmationRequest(
        @Schema(description = "The month confirmed, YYYY-MM", example = "2026-10") String period,
        @Schema(example = "Li Wei (accounts payable, Huadong Trading)") String confirmedBy,
        @Schema(description = "What the customer sees differently; none (or absent) confirms the closing balances")
        List<DifferenceRequest> differences) {

    public record DifferenceRequest(
            @Schema(example = "INV-2026-00042") String reference,
            @Schema(example = "CNY") String currency,
            @Schema(example = "300.00") String amount,
            @Schema(example = "Credit note for the cracked housings not yet on our books") String description) {
    }

    static final int MAX_DIFFERENCES = 50;

    /** The checked request: the month as its first and last day. */
    record Checked(String period, LocalDate from, LocalDate to, String confirmedBy, List<StatementConfirmed.Difference> differences) {
    }

    Checked validate() {
        Check check = new Check();
        YearMonth month = null;
        if (period == null || period.isBlank()) {
            check.fail("period", "is required");
        } else {
            try {
                month = YearMonth.parse(period.strip());
            } catch (DateTimeParseException e) {
                check.fail("period", "'" + period + "' is not a month (YYYY-MM)");
            }
        }
        String who = check.text("confirmedBy", confirmedBy, 200);
        List<StatementConfirmed.Difference> seen = new ArrayList<>();
        List<DifferenceRequest> listed = check.atMost("differences", differences, MAX_DIFFERENCES);
        for (int n = 0; listed != null && n < listed.size(); n++) {
            String field = "differences[" + n + "]";
            DifferenceRequest d = listed.get(n);
            if (d == null) {
                check.fail(field, "is empty");
                continue;
            }
            String reference = d.reference() == null ? null : check.id(field + ".reference", d.reference());
            Currency currency = check.currency(field + ".currency", d.currency());
            var amount = d.amount() == null || currency == null ? null
                    : check.amount(field + ".amount", d.amount(), currency, false);
            String description = check.text(field + ".description", d.description(), 500);
            seen.add(new StatementConfirmed.Difference(reference, currency == null ? null : currency.getCurrencyCode(),
                    amount, description));
        }
        check.done();
        return new Checked(month.toString(), month.atDay(1), month.atEndOfMonth(), who, List.copyOf(seen));
    }
}
