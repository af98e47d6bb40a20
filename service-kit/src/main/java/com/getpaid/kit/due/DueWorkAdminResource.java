package com.getpaid.kit.due;

import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For operators: what work is queued, what is due, what keeps failing, and why something has not happened yet. */
@Path("/admin/due-work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class DueWorkAdminResource {

    static final int MAX_PAGE_SIZE = 100;

    private final Kernel kernel;
    private final DueWork dueWork;
    private final Clock clock;

    public DueWorkAdminResource(Kernel kernel, DueWork dueWork, Clock clock) {
        this.kernel = kernel;
        this.dueWork = dueWork;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The due-work queue: counts by kind, one key's items, or the failing items",
            description = "Always the counts by kind (queued, due now, failing, oldest due). With key (a customer or stream "
                    + "id) also every item queued for it, soonest first: why has this not happened yet. With failing=true "
                    + "the items whose last try failed, with the error, soonest retry first, a page at a time (page from 0, "
                    + "size 1 to 100, 100 by default).")
    public DueWorkView queue(@QueryParam("key") String key, @QueryParam("failing") @DefaultValue("false") boolean failing,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        if (key != null && failing) {
            throw ApiProblem.invalid("failing", "ask for one key's items or for the failing items, not both");
        }
        Instant now = clock.instant();
        return kernel.transact(c -> {
            var kinds = dueWork.byKind(c, now);
            if (key != null) {
                return new DueWorkView(now, kinds, dueWork.queuedFor(c, key), false);
            }
            if (failing) {
                List<DueItem> rows = dueWork.failing(c, page, size);
                boolean more = rows.size() > size;
                return new DueWorkView(now, kinds, more ? rows.subList(0, size) : rows, more);
            }
            return new DueWorkView(now, kinds, List.of(), false);
        });
    }
}
