package com.getpaid.receivables.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/approvals/{id}/reject}: the reason is required. */
public record RejectionRequest(
        @NotBlank @Size(max = 500) @Schema(required = true, example = "No complaint or contract supports this credit")
        String reason) {
}
