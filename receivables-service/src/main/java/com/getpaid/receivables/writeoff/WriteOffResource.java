package com.getpaid.receivables.writeoff;

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

@Path("/api/write-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Write-offs")
public class WriteOffResource {

    private final WriteOffService writeOffs;

    public WriteOffResource(WriteOffService writeOffs) {
        this.writeOffs = writeOffs;
    }

    @RolesAllowed(Roles.CREDIT_MANAGER)
    @POST
    @Operation(summary = "Write off what is open on an invoice (核销坏账)", description = "Idempotent on writeOffId. The "
            + "invoice leaves dunning, aging's open buckets and the customer's exposure, and shows status WRITTEN_OFF. A "
            + "later payment allocated to it by name reinstates it first. 404 for an unknown invoice, 409 if it is written "
            + "off already, 422 if nothing is open.")
    public Response writeOff(@NotNull @Valid WriteOffRequest request) {
        return Replies.of(writeOffs.writeOff(request.checked()));
    }
}
