package com.getpaid.customer.card;

import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
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

@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerListResource {

    /**
     * A customer as a dashboard lists it: no contact details. {@code nextReviewDue}: the next credit review the last
     * assessment set (null before any); {@code accountManager} from the card's collection profile (null when it names none).
     */
    public record Listed(String customerId, String name, boolean onHold, List<String> holdReasons, Instant holdSince,
            String creditGrade, String valueTier, LocalDate nextReviewDue, String accountManager) {
    }

    private final CustomerService customers;

    public CustomerListResource(CustomerService customers) {
        this.customers = customers;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "Customers, for dashboards and the search box", description = "onHold=true: those on hold now "
            + "(longest held first); onHold=false: those not on hold; grade=A|B|C: by the last credit assessment; "
            + "tier=A|B|C: by value (recomputed daily); q (1 to 100 characters): customers whose id starts with q or whose "
            + "name contains it, any case, the id matches first, then by name; reviewDueBy=YYYY-MM-DD: those whose next "
            + "credit review is due that day or before, soonest first (when there is no q). Filters combine. page from 0, "
            + "size 1 to 500 (50 by default).")
    public List<Listed> list(@QueryParam("onHold") Boolean onHold, @QueryParam("grade") String grade,
            @QueryParam("tier") String tier, @QueryParam("q") String q, @QueryParam("reviewDueBy") String reviewDueBy,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Check check = new Check();
        String g = grade == null ? null : check.oneOf("grade", grade, java.util.Set.of("A", "B", "C"));
        String t = tier == null ? null : check.oneOf("tier", tier, java.util.Set.of("A", "B", "C"));
        String search = check.optionalText("q", q, 100);
        LocalDate reviewBy = check.date("reviewDueBy", reviewDueBy, false);
        Integer from = check.range("page", page, 0, 100_000, 0);
        Integer rows = check.range("size", size, 1, 500, 50);
        check.done();
        return customers.list(new CustomerService.ListFilter(onHold, g, t, search, reviewBy, from, rows));
    }
}
