package com.getpaid.console.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Sign-out of the local sign-in: the session cookie is dropped. (With OpenID Connect, {@code quarkus.oidc.logout.path}
 * is this path too and the provider's logout ends the session there.)
 */
@Path("/sign-out")
@PermitAll
public class SignOutResource {

    @POST
    public Response signOut() {
        return Response.seeOther(URI.create("/sign-in"))
                .cookie(new NewCookie.Builder(SessionMechanism.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    @GET
    public Response signOutByLink() {
        return signOut();
    }
}
