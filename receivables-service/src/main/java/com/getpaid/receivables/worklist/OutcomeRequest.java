package com.getpaid.receivables.worklist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/worklist/{itemId}/outcome}. */
public record OutcomeRequest(
        @NotNull @Schema(required = true, example = "PROMISED") Outcome outcome,
        @Size(max = 2000) @Schema(example = "Mr Zhang will pay on the 28th after the board signs") String note) {

    /** The outcome as recorded: a blank note is none, a note is stripped. */
    record Checked(Outcome outcome, String note) {
    }

    Checked checked() {
        return new Checked(outcome, note == null || note.isBlank() ? null : note.strip());
    }
}
