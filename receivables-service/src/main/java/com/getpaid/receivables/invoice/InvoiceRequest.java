package com.getpaid.receivables.invoice;

import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import com.getpaid.receivables.account.IssueInvoice;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/invoices}; {@link DueAfterIssue} across the two dates. */
@InvoiceRequest.DueAfterIssue
public record InvoiceRequest(
        @Code @Schema(required = true, example = "INV-2026-00042") String invoiceId,
        @Code @Schema(required = true, example = "C-1001") String customerId,
        @Size(max = 64) @Schema(example = "DN-7781") String deliveryRef,
        @NotNull @Schema(required = true, example = "2026-11-02") LocalDate issueDate,
        @Schema(example = "2026-12-02", description = "Without it the customer's payment terms decide it") LocalDate dueDate,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "1200.50")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency) implements Priced {

    @Override
    public Map<String, BigDecimal> amounts() {
        return amount == null ? Map.of() : Map.of("amount", amount);
    }

    /** The command, its amount at the currency's scale (so "1200.5" and "1200.50" are the same request). */
    IssueInvoice command() {
        String delivery = deliveryRef == null || deliveryRef.isBlank() ? null : deliveryRef.strip();
        return new IssueInvoice(invoiceId, customerId, delivery, issueDate, dueDate, Money.scaled(amount, currency),
                Money.currency(currency).getCurrencyCode());
    }

    /** The due date is not before the issue date (reported on {@code dueDate}). */
    @Constraint(validatedBy = DueAfterIssue.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface DueAfterIssue {
        String message() default "is before the issue date";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<DueAfterIssue, InvoiceRequest> {
            @Override
            public boolean isValid(InvoiceRequest r, ConstraintValidatorContext context) {
                if (r == null || r.issueDate() == null || r.dueDate() == null || !r.dueDate().isBefore(r.issueDate())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is before the issue date").addPropertyNode("dueDate")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
