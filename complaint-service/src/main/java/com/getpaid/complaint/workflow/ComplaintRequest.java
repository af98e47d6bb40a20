package com.getpaid.complaint.workflow;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.getpaid.events.Money;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/complaints}. An unknown category or channel reads as absent, so that every field at fault
 * is named in one answer.
 */
@CrossChecked
public record ComplaintRequest(
        @Code @Schema(example = "C-1001") String customerId,
        @NotNull(message = "must be one of CONTRACT, SERVICE, SHIPPING, PRODUCT_QUALITY")
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Category category,
        @NotNull(message = "must be one of PHONE, FAX, VISIT, EMAIL")
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Channel channel,
        @NotBlank @Size(max = 4000) @Schema(example = "Batch 2411 arrived with cracked housings") String description,
        @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String recordedBy,
        @Size(max = MAX_INVOICES) List<@Code String> invoiceIds,
        @Positive @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "With its currency") BigDecimal disputedAmount,
        @Schema(example = "CNY", pattern = "[A-Z]{3}", description = "ISO 4217; required with disputedAmount") String currency,
        @Size(max = 200) @Schema(example = "Mr Zhang (purchasing)") String contactPerson,
        @Valid Product product,
        @Schema(description = "When the customer used the product", example = "2026-11-18") LocalDate usedOn,
        @Size(max = 4000) @Schema(example = "Twelve of forty housings cracked when mounted") String whatHappened,
        @Size(max = 2000) @Schema(description = "What the customer asks for", example = "Replace the cracked housings")
        String customerWish,
        @Size(max = MAX_INVOICES) @Schema(description = "Delivery notes concerned") List<@Code String> deliveryRefs,
        @Schema(description = "SERIOUS goes straight to a senior handler; NORMAL when absent") Severity severity)
        implements CrossChecked.Request {

    /** A complaint concerns at most this many invoices (and delivery notes). */
    static final int MAX_INVOICES = 100;

    /** The product complained about. */
    public record Product(@NotBlank @Size(max = 200) @Schema(example = "Hinge H-20") String name,
            @Size(max = 200) @Schema(example = "20 mm, zinc") String specification,
            @Schema(example = "2026-10-03") LocalDate productionDate,
            @Size(max = 100) @Schema(example = "2411") String batchNumber) {
    }

    @Override
    public Map<String, String> crossFieldFaults() {
        return disputedAmount == null && currency != null ? Map.of("disputedAmount", "is required when a currency is given")
                : Map.of();
    }

    @Override
    public Optional<Priced> money() {
        if (disputedAmount == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("disputedAmount", disputedAmount);
        return Optional.of(new CrossChecked.Money(currency, amounts));
    }

    /** The command, texts stripped, the amount at its currency's scale, recorded by the token's user. */
    LogComplaint command(Actors actors) {
        ComplaintLogged.Product item = product == null ? null : new ComplaintLogged.Product(Text.strip(product.name()),
                Text.optional(product.specification()), product.productionDate(), Text.optional(product.batchNumber()));
        return new LogComplaint(customerId, category, channel, Text.strip(description), actors.named(recordedBy),
                Text.list(invoiceIds), disputedAmount == null ? null : Money.scaled(disputedAmount, currency),
                disputedAmount == null ? null : currency, Text.optional(contactPerson), item, usedOn,
                Text.optional(whatHappened), Text.optional(customerWish), Text.list(deliveryRefs),
                severity == null ? Severity.NORMAL : severity);
    }
}
