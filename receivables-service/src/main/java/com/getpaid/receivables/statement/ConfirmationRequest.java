package com.getpaid.receivables.statement;

import com.getpaid.events.Money;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/accounts/{customerId}/statement-confirmations}. */
public record ConfirmationRequest(
        @NotBlank @Pattern(regexp = ConfirmationRequest.MONTH, message = "is not a month (YYYY-MM)")
        @Schema(required = true, description = "The month confirmed, YYYY-MM", pattern = ConfirmationRequest.MONTH,
                example = "2026-10") String period,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Li Wei (accounts payable, Huadong Trading)")
        String confirmedBy,
        @Size(max = ConfirmationRequest.MAX_DIFFERENCES) @Schema(description = "What the customer sees differently; none "
                + "(or absent) confirms the closing balances") List<@NotNull @Valid DifferenceRequest> differences) {

    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    static final int MAX_DIFFERENCES = 50;

    /** One difference, in its own currency. */
    public record DifferenceRequest(
            @Pattern(regexp = Code.PATTERN) @Schema(example = "INV-2026-00042") String reference,
            @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
            String currency,
            @Positive @Schema(type = SchemaType.STRING, format = "decimal", example = "300.00") BigDecimal amount,
            @NotBlank @Size(max = 500) @Schema(required = true,
                    example = "Credit note for the cracked housings not yet on our books") String description)
            implements Priced {

        @Override
        public Map<String, BigDecimal> amounts() {
            return amount == null ? Map.of() : Map.of("amount", amount);
        }

        StatementConfirmed.Difference difference() {
            return new StatementConfirmed.Difference(reference, Money.currency(currency).getCurrencyCode(),
                    amount == null ? null : Money.scaled(amount, currency), description.strip());
        }
    }

    /** The checked request: the month as its first and last day. */
    record Checked(String period, LocalDate from, LocalDate to, String confirmedBy, List<StatementConfirmed.Difference> differences) {
    }

    Checked checked() {
        YearMonth month = YearMonth.parse(period.strip());
        return new Checked(month.toString(), month.atDay(1), month.atEndOfMonth(), confirmedBy.strip(),
                differences == null ? List.of() : differences.stream().map(DifferenceRequest::difference).toList());
    }
}
