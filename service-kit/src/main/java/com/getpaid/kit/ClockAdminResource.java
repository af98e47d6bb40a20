package com.getpaid.kit;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** For scenario tests: read and set the service's clock, when it is adjustable (getpaid.clock.adjustable). */
@Path("/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class ClockAdminResource {

    private static final Logger LOG = Logger.getLogger(ClockAdminResource.class);

    /** The service's "now". */
    public record Now(Instant now) {
    }

    private final Clock clock;

    public ClockAdminResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The service's now")
    public Now now() {
        return new Now(clock.instant());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the service's now (only when getpaid.clock.adjustable=true; 404 otherwise)")
    public Now set(Now request) {
        if (!(clock instanceof AdjustableClock adjustable)) {
            throw ApiProblem.notFound("This service's clock is not adjustable (getpaid.clock.adjustable is false)");
        }
        if (ApiProblem.requireBody(request).now() == null) {
            throw ApiProblem.invalid("now", "is required");
        }
        adjustable.set(request.now());
        LOG.warnf("Clock set to %s by an operator (scenario test)", request.now());
        return new Now(clock.instant());
    }
}
