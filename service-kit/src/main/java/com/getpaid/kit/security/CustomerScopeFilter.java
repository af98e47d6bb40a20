package com.getpaid.kit.security;

import com.getpaid.kit.api.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request that names a customer ({@code {customerId}} in the path, or {@code ?customerId=}) is checked against
 * the caller's {@link CustomerScope} before the endpoint runs: a collector asking for a colleague's customer gets 404.
 * Bodies and lists are the endpoints' own (they call {@link CustomerScope} too).
 */
public class CustomerScopeFilter {

    private final CustomerScope scope;

    public CustomerScopeFilter(CustomerScope scope) {
        this.scope = scope;
    }

    @ServerRequestFilter
    public Uni<Response> inScope(ContainerRequestContext request) {
        String customerId = request.getUriInfo().getPathParameters().getFirst("customerId");
        if (customerId == null) {
            customerId = request.getUriInfo().getQueryParameters().getFirst("customerId");
        }
        if (customerId == null || customerId.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        String named = customerId;
        return scope.check(named).map(ok -> (Response) null).onFailure(com.getpaid.kit.domain.NotFound.class)
                .recoverWithItem(e -> ProblemMappers.respond(404, "Not found", e.getMessage(), List.of()));
    }
}
