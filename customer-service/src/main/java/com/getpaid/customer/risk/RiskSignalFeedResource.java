package com.getpaid.customer.risk;

import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

    /** A signal as the risk feed lists it: the card's risk tab's fields, and whose it is. */
    public record FeedSignal(String signalId, String customerId, String customerName, String signal, String severity,
            String evidence, String source, boolean placesHold, Instant detectedAt) {
    }

    private final RiskSignalFeed feed;

    public RiskSignalFeedResource(RiskSignalFeed feed) {
        this.feed = feed;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.VIEWER })
    @GET
    @Operation(summary = "Risk signals across customers, newest first", description = "severity=LOW|MEDIUM|HIGH; "
            + "since=YYYY-MM-DD: detected on or after that business day (getpaid.business-zone, Asia/Shanghai by "
            + "default); page from 0, size 1 to 200 (50 by default). Each signal as GET /api/customers/{customerId}/"
            + "risk-signals shows it, with the customer's id and name.")
    public Uni<List<FeedSignal>> list(@QueryParam("severity") String severity, @QueryParam("since") String since,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Check check = new Check();
        String s = severity == null ? null : check.oneOf("severity", severity, RiskSignalResource.SEVERITIES);
        LocalDate from = check.date("since", since, false);
        Integer first = check.range("page", page, 0, 100_000, 0);
        Integer rows = check.range("size", size, 1, 200, 50);
        check.done();
        return feed.page(s, from, first, rows);
    }
}
