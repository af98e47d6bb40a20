package com.getpaid.customer.risk;

import com.getpaid.kit.api.Pages;
import com.getpaid.kit.security.CustomerScope;
import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import com.getpaid.customer.api.Dates;
import com.getpaid.customer.api.IsoDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/risk-signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class RiskSignalFeedResource {

    private final RiskSignalFeed feed;

    private final CustomerScope scope;

    public RiskSignalFeedResource(RiskSignalFeed feed, CustomerScope scope) {
        this.scope = scope;
        this.feed = feed;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Risk signals across customers, newest first", description = "severity=LOW|MEDIUM|HIGH; "
            + "since=YYYY-MM-DD: detected on or after that business day (getpaid.business-zone, Asia/Shanghai by "
            + "default); page from 0, size 1 to 100 (50 by default). Each signal as GET /api/customers/{customerId}/"
            + "risk-signals shows it, with the customer's id and name.")
    public Uni<List<FeedSignal>> list(@QueryParam("severity") @Pattern(regexp = "LOW|MEDIUM|HIGH",
            message = "is not one of HIGH, LOW, MEDIUM") String severity, @QueryParam("since") @IsoDate String since,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(Pages.MAX) Integer size) {
        return feed.page(severity, Dates.optional(since), page == null ? 0 : page, size == null ? 50 : size, scope.parameter());
    }
}
