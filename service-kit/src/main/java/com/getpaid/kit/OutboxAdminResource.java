package com.getpaid.kit;

import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For operators: the outbox's state, and a second chance for events Kafka refused. */
@Path("/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class OutboxAdminResource {

    /** The outbox at a glance. */
    public record State(boolean active, long backlog, long stuck, List<String> stuckEvents, String lastError) {
    }

    /** What a retry did. */
    public record Retried(int released) {
    }

    private final Kernel kernel;

    public OutboxAdminResource(Kernel kernel) {
        this.kernel = kernel;
    }

    @GET
    @Operation(summary = "Backlog, stuck events with their reasons, and the last error of the outbox relay")
    public State state() {
        var relay = kernel.relay();
        if (relay == null) {
            return new State(false, -1, 0, List.of(), "relay disabled");
        }
        var status = relay.status();
        return new State(relay.isActive(), status.backlog(), status.stuck(), status.stuckEvents(), relay.lastError());
    }

    @POST
    @Path("retry-stuck")
    @Operation(summary = "Try the stuck events again", description = "After the cause is fixed (a broker limit raised, "
            + "say), the relay sends the parked events again, in order, with their customers' later events behind them.")
    public Retried retryStuck() {
        var relay = kernel.relay();
        return new Retried(relay == null ? 0 : relay.retryStuck());
    }
}
