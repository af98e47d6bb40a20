package com.getpaid.customer.card;

import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class PortfolioResource {

    private final Portfolio portfolio;

    public PortfolioResource(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "The customer portfolio at a glance, for dashboards", description = "customers: how many are "
            + "registered; onHold: of them on hold now; byGrade: by the last credit assessment's grade (none: never "
            + "assessed); byTier: by value tier (recomputed daily; none: not ranked yet); reviewsDue: those whose next "
            + "credit review is on or before today (getpaid.business-zone).")
    public Uni<Portfolio.Counts> counts() {
        return portfolio.counts();
    }
}
