package com.getpaid.customer.risk;

import com.getpaid.customer.hold.HoldDecisions;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/risk-signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class RiskSignalResource {

    /** The body of {@code POST .../risk-signals}. */
    public record Report(
            @NotNull @Pattern(regexp = "PRICE_DUMPING|KEY_PEOPLE_CHANGE|BUSINESS_SHIFT|RELOCATION_OR_CLOSURE|FORCE_MAJEURE|OTHER",
                    message = "is not one of BUSINESS_SHIFT, FORCE_MAJEURE, KEY_PEOPLE_CHANGE, OTHER, PRICE_DUMPING, "
                            + "RELOCATION_OR_CLOSURE")
            @Schema(enumeration = { "PRICE_DUMPING", "KEY_PEOPLE_CHANGE", "BUSINESS_SHIFT", "RELOCATION_OR_CLOSURE",
                    "FORCE_MAJEURE", "OTHER" }) String signal,
            @NotNull @Pattern(regexp = "LOW|MEDIUM|HIGH", message = "is not one of HIGH, LOW, MEDIUM")
            @Schema(enumeration = { "LOW", "MEDIUM", "HIGH" }) String severity,
            @NotBlank @Size(max = 2000) @Schema(example = "Warehouse emptied, phone disconnected (visit on 11-19)") String note,
            @Size(max = 200)
            @Schema(example = "Li Na", description = Actors.DISPLAY_NAME) String reportedBy) {
    }

    private final HoldDecisions decisions;
    private final RiskSignals signals;

    private final Actors actors;

    public RiskSignalResource(HoldDecisions decisions, RiskSignals signals, Actors actors) {
        this.actors = actors;
        this.decisions = decisions;
        this.signals = signals;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.SUPERVISOR })
    @POST
    @Operation(summary = "Report a risk signal", description = "A HIGH signal stops supply (RISK_SIGNAL) while "
            + "customers.risk.high-signal-holds is on (the default), and the account manager is told by email; a credit "
            + "manager lifts it with POST .../holds/release. Answers 201 with the signal.")
    public Response report(@PathParam("customerId") String customerId, @NotNull @Valid Report body) {
        String id = "RS-" + UUID.randomUUID();
        decisions.report(customerId, id, ReportedSignal.valueOf(body.signal()).name(), Severity.valueOf(body.severity())
                .name(), body.note().strip(),
                actors.named(body.reportedBy()));
        return Response.status(201).entity(list(customerId).stream().filter(s -> s.signalId().equals(id)).findFirst()
                .orElseThrow()).build();
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "The customer's risk signals, newest first")
    public List<SignalView> list(@PathParam("customerId") String customerId) {
        return signals.of(customerId);
    }
}
