package com.getpaid.kit.due;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of due work: what kind, whose (a key, usually a customer or a stream id), when, how many tries so far. */
@Schema(description = "One item of due work")
public record DueItem(
        @Schema(description = "What work: the handler's kind", example = "dunning-check") String kind,
        @Schema(description = "Whose: a customer, a complaint or another stream id", example = "C-1001") String key,
        @Schema(description = "When it is (or was) due") Instant dueAt,
        @Schema(description = "Failed tries since it was last done or rescheduled", example = "0") int attempts,
        @Schema(description = "Why the last try failed, if it did", nullable = true) String lastError) {
}
