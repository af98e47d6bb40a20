package com.getpaid.kit;

import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For operators: rebuild the service's read models from its event store. */
@Path("/admin/projections/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class ProjectionAdminResource {

    /** What a rebuild did. */
    public record Rebuilt(java.util.List<String> tables, long eventsReplayed, long millis) {
    }

    private final Kernel kernel;

    public ProjectionAdminResource(Kernel kernel) {
        this.kernel = kernel;
    }

    @POST
    @Operation(summary = "Rebuild the read models from the event store", description = "Empties the read-model tables "
            + "and replays every stored event, in one transaction: readers see the old tables until it is done. "
            + "Progress is logged every thousand events.")
    public Rebuilt rebuild() {
        return kernel.rebuildProjections();
    }
}
