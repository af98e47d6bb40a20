package com.getpaid.customer.card;

import com.getpaid.kit.api.Pages;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.CustomerScope;
import com.getpaid.kit.security.Roles;
import com.getpaid.customer.api.Dates;
import com.getpaid.customer.api.IsoDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerListResource {

    /**
     * A customer as a dashboard lists it: no contact details. {@code nextReviewDue}: the next credit review the last
     * assessment set (null before any); {@code accountManager} from the card's collection profile (null when it names none).
     */
    public record Listed(String customerId, String name, boolean onHold, List<String> holdReasons, Instant holdSince,
            String creditGrade, String valueTier, LocalDate nextReviewDue, String accountManager) implements Listing {

        /** What a viewer may see of it. */
        Glance glance() {
            return new Glance(customerId, name, onHold, holdReasons, holdSince, creditGrade, valueTier, nextReviewDue);
        }
    }

    /** A listed customer, as the caller's roles may see it. */
    public sealed interface Listing permits Listed, Glance {
    }

    /** A customer as the viewer (dashboards) lists it: what it allows, field by field; no people. */
    public record Glance(String customerId, String name, boolean onHold, List<String> holdReasons, Instant holdSince,
            String creditGrade, String valueTier, LocalDate nextReviewDue) implements Listing {
    }

    private final CustomerService customers;

    private final CustomerScope scope;
    private final Actors actors;

    public CustomerListResource(CustomerService customers, CustomerScope scope, Actors actors) {
        this.customers = customers;
        this.scope = scope;
        this.actors = actors;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Customers, for dashboards and the search box", description = "onHold=true: those on hold now "
            + "(longest held first); onHold=false: those not on hold; grade=A|B|C: by the last credit assessment; "
            + "tier=A|B|C: by value (recomputed daily); q (1 to 100 characters): customers whose id starts with q or whose "
            + "name contains it, any case, the id matches first, then by name; reviewDueBy=YYYY-MM-DD: those whose next "
            + "credit review is due that day or before, soonest first (when there is no q). Filters combine. page from 0, "
            + "size 1 to 100 (50 by default). A collector sees only their customers (and their team's).")
    public List<? extends Listing> list(@QueryParam("onHold") Boolean onHold,
            @QueryParam("grade") @Pattern(regexp = "A|B|C", message = "is not one of A, B, C") String grade,
            @QueryParam("tier") @Pattern(regexp = "A|B|C", message = "is not one of A, B, C") String tier,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("reviewDueBy") @IsoDate String reviewDueBy,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(Pages.MAX) Integer size) {
        String search = q == null || q.isBlank() ? null : q.strip();
        List<Listed> listed = customers.list(new CustomerService.ListFilter(onHold, grade, tier, search,
                Dates.optional(reviewDueBy), page == null ? 0 : page, size == null ? 50 : size, scope.parameter()));
        return actors.viewerOnly() ? listed.stream().map(Listed::glance).toList() : listed;
    }
}
