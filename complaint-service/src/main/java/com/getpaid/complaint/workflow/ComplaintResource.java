package com.getpaid.complaint.workflow;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import com.getpaid.kit.validation.Code;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class ComplaintResource {

    /** What every step answers. */
    static final String STEP_NOTE = "Answers 200 with the complaint after the step; 409 naming the state the step needs "
            + "when the complaint is elsewhere. With an Idempotency-Key a retry gets the first answer.";

    /** A page of complaints carries their free text (descriptions, findings): never more than this many at once. */
    static final int MAX_PAGE = 100;

    private final ComplaintService complaints;
    private final Actors actors;

    public ComplaintResource(ComplaintService complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Operation(summary = "Log a complaint", description = "Answers 201 with the complaint and its id. Send an "
            + "Idempotency-Key header to make a retry return the same complaint instead of logging a second one.")
    public Response log(@NotNull @Valid ComplaintRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.log(request.command(actors), key(idempotencyKey)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/assignment")
    @Operation(summary = "Assign a handler (派单)", description = "From LOGGED (or ASSIGNED, to hand it to someone else): ASSIGNED. The same handler again changes nothing. "
            + STEP_NOTE)
    public Response assignment(@PathParam("id") String id, @NotNull @Valid Steps.Assignment body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "assignment", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.assign(s.handler(), s.assignedBy(), now)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/escalation")
    @Operation(summary = "Escalate to a senior handler", description = "From LOGGED, ASSIGNED, INVESTIGATING or RESOLUTION_PROPOSED: the complaint goes to toHandler (a logged one becomes ASSIGNED). "
            + STEP_NOTE)
    public Response escalation(@PathParam("id") String id, @NotNull @Valid Steps.Escalation body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "escalation", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.escalate(s.toHandler(), s.reason(), s.escalatedBy(), now)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/investigation")
    @Operation(summary = "Record the investigation", description = "From ASSIGNED (or INVESTIGATING, to add findings): INVESTIGATING. "
            + STEP_NOTE)
    public Response investigation(@PathParam("id") String id, @NotNull @Valid Steps.Investigation body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "investigation", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.investigate(s.findings(), s.rootCause(), s.investigatedBy(), now)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/resolution")
    @Operation(summary = "Propose a remedy", description = "From INVESTIGATING: RESOLUTION_PROPOSED when the amount is above the approval threshold (default 1000.00 CNY, or any amount in another currency), otherwise APPROVED at once. "
            + STEP_NOTE)
    public Response resolution(@PathParam("id") String id, @NotNull @Valid Steps.Resolution body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "resolution", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.propose(s.remedy(), s.amount(), s.currency(), s.note(), s.proposedBy(), now, complaints.policy())));
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve the proposed remedy", description = "From RESOLUTION_PROPOSED: APPROVED. A credit manager approves. "
            + STEP_NOTE)
    public Response approval(@PathParam("id") String id, @NotNull @Valid Steps.Approval body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "approval", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.approve(s.approvedBy(), now)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "The customer accepts the remedy", description = "From APPROVED: ACCEPTED. "
            + STEP_NOTE)
    public Response acceptance(@PathParam("id") String id, @NotNull @Valid Steps.Acceptance body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "acceptance", body.normalised(), key(idempotencyKey), (c, s, now) -> c.accept(s.acceptedBy(), now)));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/execution")
    @Operation(summary = "Record that the remedy was carried out", description = "From ACCEPTED: CARRIED_OUT; the call-back falls due 72 hours later (configurable), and a discount, refund or compensation becomes a credit note in receivables. "
            + STEP_NOTE)
    public Response execution(@PathParam("id") String id, @NotNull @Valid Steps.Execution body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "execution", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.carryOut(s.department(), s.note(), s.recordedBy(), now, complaints.calendar().dayOf(now), complaints.policy())));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Path("{id}/callbacks")
    @Operation(summary = "Record a call-back to the customer", description = "From CARRIED_OUT: reached and satisfied closes it (CLOSED); reached and not satisfied reopens it (back to ASSIGNED, same handler); not reached on the last allowed attempt (3 by default) closes it as CLOSED_UNREACHABLE. Send an Idempotency-Key: each call-back without one counts as an attempt. "
            + STEP_NOTE)
    public Response callback(@PathParam("id") String id, @NotNull @Valid Steps.Callback body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Replies.of(complaints.step(id, "callback", body.normalised(actors), key(idempotencyKey), (c, s, now) -> c.callBack(s.reached(), s.satisfied(), s.note(), s.calledBy(), now, complaints.policy())));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Complaints, newest first", description = "Filters: status, customerId, handler; page from 0, size "
            + "1 to " + MAX_PAGE + " (50 by default; above it 400 naming size). Support sees the complaints assigned to them and "
            + "the unassigned ones; supervisors, credit managers and collectors all.")
    public List<ComplaintView> list(
            @QueryParam("status") @EnumName(ComplaintStatus.class)
            @Parameter(schema = @Schema(implementation = ComplaintStatus.class)) String status,
            @QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is a code of letters, digits, '-', '_', '.'; "
                    + "up to 64") String customerId,
            @QueryParam("handler") @Size(max = 200) String handler,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(MAX_PAGE) Integer size) {
        return complaints.list(status == null ? null : ComplaintStatus.valueOf(status), customerId, Text.optional(handler),
                page == null ? 0 : page, size == null ? 50 : size);
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Path("{id}")
    @Operation(summary = "A complaint", description = "404 when there is none, or when it is assigned to another support "
            + "person and the caller is support.")
    public ComplaintView get(@PathParam("id") String id) {
        return complaints.read(id);
    }

    /** An Idempotency-Key, when sent, is 1 to 128 characters (a header: answered here). */
    static String key(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 128 characters");
        }
        return idempotencyKey;
    }
}
