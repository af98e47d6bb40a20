package com.getpaid.receivables.dispute;

import com.getpaid.events.Money;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.validation.Code;
import com.getpaid.receivables.api.IsoDate;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import com.getpaid.receivables.query.Rows;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
public class DisputeResource {

    /**
     * A dispute as collectors read it: UNCONFIRMED while it awaits a credit manager (out of dunning, still counted against
     * holds), OPEN until resolved, then RESOLVED with its outcome and credit note; when it is to be reviewed, who confirmed.
     */
    public record DisputeView(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
            String reason, String complaintId, String raisedBy, LocalDate openedOn, String status, String outcome,
            String creditNoteId, BigDecimal creditNoteAmount, String resolvedBy, LocalDate resolvedOn, LocalDate reviewBy,
            String confirmedBy, LocalDate confirmedOn) {

        /** What the viewer (dashboards) may see of it: amounts, days and outcome; no reason, no people. */
        Glance glance() {
            return new Glance(disputeId, invoiceId, customerId, amount, currency, complaintId, openedOn, status, outcome,
                    creditNoteId, creditNoteAmount, resolvedOn, reviewBy, confirmedOn);
        }
    }

    /** A dispute as the viewer sees it, field by field what it allows. */
    public record Glance(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
            String complaintId, LocalDate openedOn, String status, String outcome, String creditNoteId,
            BigDecimal creditNoteAmount, LocalDate resolvedOn, LocalDate reviewBy, LocalDate confirmedOn) {
    }

    private final DisputeService disputes;

    private final Actors actors;
    private final com.getpaid.kit.security.CustomerScope scope;

    public DisputeResource(DisputeService disputes, Actors actors, com.getpaid.kit.security.CustomerScope scope) {
        this.actors = actors;
        this.scope = scope;
        this.disputes = disputes;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a dispute over part or all of an invoice (争议)", description = "Idempotent on disputeId. "
            + "No more than is open and not yet disputed on the invoice (422), in its currency. The disputed amount leaves "
            + "dunning until the dispute is resolved, and the exposure that places holds too, unless it is above "
            + "receivables.dispute.confirmation-threshold.<CUR> and not opened by a credit manager: then it is UNCONFIRMED "
            + "and counts against holds until a credit manager confirms it (POST .../confirmation). Reviewed by reviewBy. "
            + "A complaint naming invoices with a disputed amount opens disputes by itself (ids <complaintId>-1, -2...).")
    public Response open(@NotNull @Valid DisputeRequest request) {
        return Replies.of(disputes.open(request.checked()));
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("/{disputeId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a dispute: UPHELD, REJECTED or SETTLED", description = "UPHELD or SETTLED with "
            + "creditNoteAmount issues credit note CN-<disputeId> on the invoice (no more than is open). Once per dispute "
            + "(the same resolution again gets the same answer). The disputed amount returns to dunning, less the note.")
    public Response resolve(@PathParam("disputeId") String disputeId, @NotNull @Valid ResolutionRequest request) {
        BigDecimal note = request.creditNoteAmount();
        if (note != null) {
            disputes.currencyOf(disputeId).map(Money::currency).ifPresent(currency -> {
                if (note.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    throw ApiProblem.invalid("creditNoteAmount", "'" + note.toPlainString() + "' has more decimals than "
                            + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
                }
            });
        }
        return Replies.of(disputes.resolve(disputeId, request.checked()));
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("/{disputeId}/confirmation")
    @Operation(summary = "Confirm an UNCONFIRMED dispute: its amount leaves the exposure that places holds",
            description = "A dispute above receivables.dispute.confirmation-threshold.<CUR> opened by anyone but a credit "
            + "manager leaves dunning at once but still counts against holds until a credit manager confirms it here (the "
            + "confirmer is the token's user). Once per dispute (the same call again gets the same answer); 409 when it "
            + "needs no confirmation, 422 when it is resolved.")
    public Response confirm(@PathParam("disputeId") @Code String disputeId) {
        return Replies.of(disputes.confirm(disputeId));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "A customer's disputes, latest first (at most 500); or the disputes due for review",
            description = "customerId, reviewDueBy or both. reviewDueBy (YYYY-MM-DD): the disputes not yet resolved whose "
            + "review date is that day or before (those from before review dates count as due), soonest first, at most 100 "
            + "across customers.")
    @WithSession
    public Uni<List<?>> list(
            @QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid id") String customerId,
            @QueryParam("reviewDueBy") @IsoDate String reviewDueBy) {
        boolean due = reviewDueBy != null && !reviewDueBy.isBlank();
        if (customerId == null && !due) {
            throw ApiProblem.invalid("customerId", "is required unless reviewDueBy is given");
        }
        if (customerId == null && scope.managers().isPresent()) {
            // the review list across customers is for those who see every customer; a collector asks per customer
            throw ApiProblem.invalid("customerId", "is required for a collector (the disputes of one of your customers)");
        }
        boolean viewerOnly = actors.viewerOnly();
        Map<String, Object> parameters = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (customerId != null) {
            where.append(" AND customer_id = :customer");
            parameters.put("customer", customerId);
        }
        if (due) {
            where.append(" AND status <> 'RESOLVED' AND (review_by IS NULL OR review_by <= :due)");
            parameters.put("due", LocalDate.parse(reviewDueBy));
        }
        String order = due ? " ORDER BY review_by NULLS FIRST, dispute_id LIMIT " + (customerId == null ? 100 : 500)
                : " ORDER BY opened_on DESC, dispute_id LIMIT 500";
        return Rows.of("SELECT dispute_id, invoice_id, customer_id, amount, currency, reason, complaint_id, raised_by, opened_on, "
                + "status, outcome, credit_note_id, credit_note_amount, resolved_by, resolved_on, review_by, confirmed_by, "
                + "confirmed_on FROM dispute_view WHERE " + where + order, parameters)
                .map(rows -> rows.stream().map(r -> {
                    String currency = (String) r[4];
                    return new DisputeView((String) r[0], (String) r[1], (String) r[2], Money.scaled(Rows.decimal(r[3]), currency),
                            currency, (String) r[5], (String) r[6], (String) r[7], Rows.date(r[8]), (String) r[9],
                            (String) r[10], (String) r[11], r[12] == null ? null : Money.scaled(Rows.decimal(r[12]), currency),
                            (String) r[13], Rows.date(r[14]), Rows.date(r[15]), (String) r[16], Rows.date(r[17]));
                }).map(dispute -> viewerOnly ? dispute.glance() : dispute).toList());
    }
}
