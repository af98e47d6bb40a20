package com.getpaid.receivables.promise;

import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import com.getpaid.receivables.account.RecordPromise;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/promises}; {@link DistinctInvoices} names every invoice once. */
@PromiseRequest.DistinctInvoices
public record PromiseRequest(
        @Code @Schema(required = true, example = "PTP-2026-0005") String promiseId,
        @Code @Schema(required = true, example = "C-1001") String customerId,
        @NotEmpty @Size(max = PromiseRequest.MAX_INVOICES) @Schema(required = true, example = "[\"INV-2026-00042\"]")
        List<@Code String> invoiceIds,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "1200.50")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency,
        @NotNull @Schema(required = true, example = "2026-12-10") LocalDate promisedFor,
        @Size(max = 200) @Schema(example = "Li Na (collector)", deprecated = true, description = "Accepted as before and ignored: who recorded it is the caller's token") String recordedBy)
        implements Priced {

    static final int MAX_INVOICES = 200;

    @Override
    public Map<String, BigDecimal> amounts() {
        return amount == null ? Map.of() : Map.of("amount", amount);
    }

    /** The command, its amount at the currency's scale, recorded by {@code by} (the caller's token). */
    RecordPromise command(LocalDate today, String by) {
        return new RecordPromise(promiseId, customerId, List.copyOf(invoiceIds), Money.scaled(amount, currency),
                Money.currency(currency).getCurrencyCode(), promisedFor, by, today);
    }

    /** No invoice named twice (reported on {@code invoiceIds}). */
    @Constraint(validatedBy = DistinctInvoices.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface DistinctInvoices {
        String message() default "names an invoice twice";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<DistinctInvoices, PromiseRequest> {
            @Override
            public boolean isValid(PromiseRequest r, ConstraintValidatorContext context) {
                if (r == null || r.invoiceIds() == null || new LinkedHashSet<>(r.invoiceIds()).size() == r.invoiceIds().size()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("names an invoice twice").addPropertyNode("invoiceIds")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
