package com.getpaid.complaint.complaint;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class ComplaintResource {

    private final ComplaintService complaints;

    public ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @RolesAllowed({ Roles.SUPPORT })
    @POST
    @Operation(summary = "Log a complaint", description = "Answers 201 with the complaint and its id. Send an "
            + "Idempotency-Key header to make a retry return the same complaint instead of logging a second one.")
    public Response log(ComplaintRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 128 characters");
        }
        return complaints.log(ApiProblem.requireBody(request).validate(), idempotencyKey).toResponse();
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Path("{id}")
    @Operation(summary = "A complaint")
    public ComplaintView get(@PathParam("id") String id) {
        return complaints.find(id).orElseThrow(() -> ApiProblem.notFound("No complaint '" + id + "'"));
    }
}
