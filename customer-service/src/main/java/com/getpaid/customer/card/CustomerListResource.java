package com.getpaid.customer.card;

import com.getpaid.events.Json;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerListResource {

    /** A customer as a dashboard lists it: no contact details. */
    public record Listed(String customerId, String name, boolean onHold, List<String> holdReasons, Instant holdSince) {
    }

    private final Kernel kernel;

    public CustomerListResource(Kernel kernel) {
        this.kernel = kernel;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "Customers, for dashboards", description = "onHold=true: those on hold now (longest held first); "
            + "onHold=false: those not on hold; page from 0, size 1 to 500 (50 by default).")
    public List<Listed> list(@QueryParam("onHold") Boolean onHold, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Check check = new Check();
        Integer from = page == null ? Integer.valueOf(0) : check.range("page", page, 0, 100_000);
        Integer rows = size == null ? Integer.valueOf(50) : check.range("size", size, 1, 500);
        check.done();
        String where = onHold == null ? "" : onHold ? " WHERE hold_since IS NOT NULL" : " WHERE hold_since IS NULL";
        return kernel.transact(c -> Sql.list(c, "SELECT customer_id, name, hold_reasons::text, hold_since FROM customer_card"
                + where + " ORDER BY hold_since NULLS LAST, customer_id LIMIT ? OFFSET ?", rs -> new Listed(rs.getString(1),
                        rs.getString(2), Sql.instant(rs, "hold_since") != null, List.of(Json.read(rs.getString(3),
                                HoldReason[].class)).stream().map(HoldReason::code).toList(), Sql.instant(rs, "hold_since")),
                rows, (long) from * rows));
    }
}
