package com.getpaid.receivables.creditnote;

import com.getpaid.kit.api.Replies;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit notes")
public class CreditNoteResource {

    private final CreditNoteService creditNotes;

    public CreditNoteResource(CreditNoteService creditNotes) {
        this.creditNotes = creditNotes;
    }

    @RolesAllowed({ Roles.ERP, Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "Issue a credit note (红字发票, 扣款)", description = "Idempotent on creditNoteId. On an invoice it "
            + "reduces what is open (applied); what exceeds the open amount, or a note without an invoice, becomes the "
            + "customer's credit balance (toCredit). The note is in the invoice's currency, or 422.")
    public Response issue(@NotNull @Valid CreditNoteRequest request) {
        return Replies.of(creditNotes.issue(request.command()));
    }
}
