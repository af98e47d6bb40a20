package com.getpaid.customer.risk;

import com.getpaid.customer.hold.HoldDecisions;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/risk-signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class RiskSignalResource {

    /** The signals staff report from the field (a closed list); those derived from events come by themselves. */
    static final Set<String> REPORTED = Set.of("PRICE_DUMPING", "KEY_PEOPLE_CHANGE", "BUSINESS_SHIFT", "RELOCATION_OR_CLOSURE",
            "FORCE_MAJEURE", "OTHER");
    static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH");

    /** The body of {@code POST .../risk-signals}. */
    public record Report(@Schema(enumeration = { "PRICE_DUMPING", "KEY_PEOPLE_CHANGE", "BUSINESS_SHIFT",
            "RELOCATION_OR_CLOSURE", "FORCE_MAJEURE", "OTHER" }) String signal,
            @Schema(enumeration = { "LOW", "MEDIUM", "HIGH" }) String severity,
            @Schema(example = "Warehouse emptied, phone disconnected (visit on 11-19)") String note,
            @Schema(example = "li.na") String reportedBy) {
    }

    /** A signal as the card's risk tab shows it. */
    public record SignalView(String signalId, String signal, String severity, String evidence, String source,
            boolean placesHold, Instant detectedAt) {
    }

    private final HoldDecisions decisions;

    public RiskSignalResource(HoldDecisions decisions) {
        this.decisions = decisions;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT })
    @POST
    @Operation(summary = "Report a risk signal", description = "A HIGH signal stops supply (RISK_SIGNAL) while "
            + "customers.risk.high-signal-holds is on (the default), and the account manager is told by email; a credit "
            + "manager lifts it with POST .../holds/release. Answers 201 with the signal.")
    public Response report(@PathParam("customerId") String customerId, Report body) {
        Report r = ApiProblem.requireBody(body);
        Check check = new Check();
        String signal = check.oneOf("signal", r.signal(), REPORTED);
        String severity = check.oneOf("severity", r.severity(), SEVERITIES);
        String note = check.text("note", r.note(), 2000);
        String by = check.text("reportedBy", r.reportedBy(), 200);
        check.done();
        String id = "RS-" + UUID.randomUUID();
        decisions.report(customerId, id, signal, severity, note, by);
        return Response.status(201).entity(list(customerId).stream().filter(s -> s.signalId().equals(id)).findFirst()
                .orElseThrow()).build();
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.VIEWER })
    @GET
    @Operation(summary = "The customer's risk signals, newest first")
    public List<SignalView> list(@PathParam("customerId") String customerId) {
        return decisions.signals(customerId);
    }
}
