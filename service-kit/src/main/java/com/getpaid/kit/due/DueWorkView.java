package com.getpaid.kit.due;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The due-work queue as operators see it ({@code GET /admin/due-work}). */
@Schema(description = "The due-work queue: counts by kind, and the items asked for (of one key, or the failing ones)")
public record DueWorkView(
        @Schema(description = "The service clock's now, which 'due' is measured against") Instant asOf,
        @Schema(description = "One line per kind of work queued") List<KindCounts> kinds,
        @Schema(description = "The items of ?key= (all, soonest first) or of ?failing=true (a page); empty otherwise")
        List<DueItem> items,
        @Schema(description = "True when ?failing=true has more items on the next page") boolean more) {

    /** One kind of work at a glance. */
    @Schema(description = "One kind of due work at a glance")
    public record KindCounts(
            @Schema(example = "dunning-check") String kind,
            @Schema(description = "Items queued, due or not") long queued,
            @Schema(description = "Items due by now and not yet done") long dueNow,
            @Schema(description = "Items whose last try failed") long failing,
            @Schema(description = "When the oldest item due by now fell due", nullable = true) Instant oldestDue,
            @Schema(description = "The soonest due time of the kind") Instant nextDue) {
    }
}
