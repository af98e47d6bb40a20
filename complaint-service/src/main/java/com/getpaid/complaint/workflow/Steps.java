package com.getpaid.complaint.workflow;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.getpaid.events.Money;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of a complaint's workflow steps; {@code normalised(actors)} is the step as decided (and as its key's hash),
 * its "...By" the token's user with the body's optional display name beside it. {@code acceptedBy} names the customer's
 * person who accepted, not one of ours.
 */
public final class Steps {

    private Steps() {
    }

    /** {@code POST /api/complaints/{id}/assignment}. */
    public record Assignment(@NotBlank @Size(max = 200) @Schema(example = "zhou.min") String handler,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String assignedBy) {
        Assignment normalised(Actors actors) {
            return new Assignment(Text.strip(handler), actors.named(assignedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/escalation}. */
    public record Escalation(@NotBlank @Size(max = 200) @Schema(example = "chen.jie") String toHandler,
            @NotBlank @Size(max = 2000) @Schema(example = "Customer threatens to stop ordering") String reason,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String escalatedBy) {
        Escalation normalised(Actors actors) {
            return new Escalation(Text.strip(toHandler), Text.strip(reason), actors.named(escalatedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/investigation}. */
    public record Investigation(@NotBlank @Size(max = 4000) @Schema(example = "Housings of batch 2411 too brittle") String findings,
            @NotBlank @Size(max = 200) @Schema(example = "MOULD_TEMPERATURE") String rootCause,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String investigatedBy) {
        Investigation normalised(Actors actors) {
            return new Investigation(Text.strip(findings), Text.strip(rootCause), actors.named(investigatedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/resolution}: a remedy with money needs its amount and currency. */
    @CrossChecked
    public record Resolution(
            @NotNull(message = "must be one of APOLOGY, DISCOUNT, GIFT, REPLACEMENT, RETURN_REFUND, COMPENSATION")
            @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Remedy remedy,
            @Positive @Schema(type = SchemaType.STRING, format = "decimal", example = "1500.00",
                    description = "Required for DISCOUNT, RETURN_REFUND and COMPENSATION (credited when carried out)")
            BigDecimal amount,
            @Schema(example = "CNY", pattern = "[A-Z]{3}", description = "ISO 4217; required with an amount") String currency,
            @Size(max = 4000) @Schema(example = "Credit for the cracked housings") String note,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String proposedBy) implements CrossChecked.Request {

        /** Whether this resolution carries money (or must). */
        private boolean withMoney() {
            return amount != null || currency != null || (remedy != null && remedy.money());
        }

        @Override
        public Map<String, String> crossFieldFaults() {
            return withMoney() && amount == null ? Map.of("amount", "is required for " + (remedy == null ? "this remedy" : remedy)
                    + " (and with a currency)") : Map.of();
        }

        @Override
        public Optional<Priced> money() {
            if (!withMoney()) {
                return Optional.empty();
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put("amount", amount);
            return Optional.of(new CrossChecked.Money(currency, amounts));
        }

        Resolution normalised(Actors actors) {
            return new Resolution(remedy, amount == null ? null : Money.scaled(amount, currency), withMoney() ? currency : null,
                    Text.optional(note), actors.named(proposedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/approval}. */
    public record Approval(@Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String approvedBy) {
        Approval normalised(Actors actors) {
            return new Approval(actors.named(approvedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/acceptance}. */
    public record Acceptance(@NotBlank @Size(max = 200) @Schema(example = "Mr Zhang (purchasing)") String acceptedBy) {
        Acceptance normalised() {
            return new Acceptance(Text.strip(acceptedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/execution}. */
    public record Execution(@NotBlank @Size(max = 200) @Schema(example = "FINANCE") String department,
            @Size(max = 4000) @Schema(example = "Credit note sent with the replacement parts") String note,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String recordedBy) {
        Execution normalised(Actors actors) {
            return new Execution(Text.strip(department), Text.optional(note), actors.named(recordedBy));
        }
    }

    /** {@code POST /api/complaints/{id}/callbacks}: {@code satisfied} is required when the customer was reached. */
    @CrossChecked
    public record Callback(@NotNull(message = "is required (true or false)") @Schema(example = "true") Boolean reached,
            @Schema(example = "true", description = "Required when the customer was reached") Boolean satisfied,
            @Size(max = 4000) @Schema(example = "Parts fitted, customer content") String note,
            @Size(max = 200) @Schema(example = "Zhou Min", description = Actors.DISPLAY_NAME) String calledBy) implements CrossChecked.Request {

        @Override
        public Map<String, String> crossFieldFaults() {
            return Boolean.TRUE.equals(reached) && satisfied == null
                    ? Map.of("satisfied", "is required when the customer was reached") : Map.of();
        }

        Callback normalised(Actors actors) {
            return new Callback(reached, satisfied, Text.optional(note), actors.named(calledBy));
        }
    }
}
