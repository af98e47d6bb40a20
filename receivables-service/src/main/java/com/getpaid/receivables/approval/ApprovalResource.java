package com.getpaid.receivables.approval;

import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
public class ApprovalResource {

    /** A kind ("credit-note-") and the command's own id. */
    static final String ID = "[A-Za-z0-9._-]{1,80}";

    private final ApprovalService service;
    private final Approvals approvals;

    public ApprovalResource(ApprovalService service, Approvals approvals) {
        this.service = service;
        this.approvals = approvals;
    }

    @RolesAllowed({ Roles.ERP, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Requests that money leave an account, waiting for a second person (四眼原则)", description =
            "Credit notes on no invoice or above the approval threshold of their currency, refunds and write-offs above "
            + "it, oldest first. status PENDING_APPROVAL (PENDING for short), APPROVED or REJECTED; page from 0, size 1 "
            + "to 200 (50 by default).")
    @WithSession
    public Uni<List<ApprovalView>> list(
            @QueryParam("status") @Pattern(regexp = "PENDING|PENDING_APPROVAL|APPROVED|REJECTED",
                    message = "is not one of PENDING, APPROVED, REJECTED") String status,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(200) Integer size) {
        String wanted = status == null || status.isBlank() ? null : "PENDING".equals(status) ? ApprovalView.PENDING : status;
        return approvals.list(wanted, page == null ? 0 : page, size == null ? 50 : size);
    }

    @RolesAllowed({ Roles.ERP, Roles.CREDIT_MANAGER })
    @GET
    @Path("/{approvalId}")
    @Operation(summary = "One request for approval")
    @WithSession
    public Uni<ApprovalView> get(@PathParam("approvalId") @Pattern(regexp = ID, message = "is not a valid id")
            String approvalId) {
        return approvals.one(approvalId).map(found -> found.stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No approval '" + approvalId + "'")));
    }

    @RolesAllowed(Roles.CREDIT_MANAGER)
    @POST
    @Path("/{approvalId}/approve")
    @Operation(summary = "Approve a request: the credit note, refund or write-off is carried out now, once", description =
            "By a credit manager who is not the requester (422 naming approvedBy otherwise: the four-eyes rule); checked "
            + "again against the account as it is now (a refund still needs the credit balance, 422). 404 for an unknown "
            + "request, 409 for one approved or rejected already.")
    public ApprovalView approve(@PathParam("approvalId") @Pattern(regexp = ID, message = "is not a valid id")
            String approvalId) {
        return service.approve(approvalId);
    }

    @RolesAllowed(Roles.CREDIT_MANAGER)
    @POST
    @Path("/{approvalId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a request, with the reason: nothing is carried out", description = "404 for an unknown "
            + "request, 409 for one approved or rejected already.")
    public ApprovalView reject(@PathParam("approvalId") @Pattern(regexp = ID, message = "is not a valid id")
            String approvalId, @NotNull @Valid RejectionRequest request) {
        return service.reject(approvalId, request.reason().strip());
    }
}
