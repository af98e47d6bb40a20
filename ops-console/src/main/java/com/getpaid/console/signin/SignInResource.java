package com.getpaid.console.signin;

import com.getpaid.console.page.Page;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The embedded platform's sign-in page: the demo people, one button each. It exists only when the platform turns the
 * local sign-in on; everywhere else it is not found and people sign in through OpenID Connect.
 */
@Path("/sign-in")
@PermitAll
@Blocking
public class SignInResource {

    private final LocalSignIn signIn;
    private final Template signInPage;
    private final Page page;

    public SignInResource(LocalSignIn signIn, @io.quarkus.qute.Location("sign-in.html") Template signInPage, Page page) {
        this.signIn = signIn;
        this.signInPage = signInPage;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("then") String then) {
        requireEnabled();
        return page.anonymous(signInPage, "signIn").data("people", DemoPeople.ALL).data("then", safe(then));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("person") String person, @FormParam("then") String then) {
        requireEnabled();
        DemoPeople.Person who = DemoPeople.find(person).orElseThrow(() -> new NotFoundException("No demo person " + person));
        String target = safe(then);
        return Response.seeOther(URI.create(target == null ? who.home() : target))
                .cookie(new NewCookie.Builder(SessionMechanism.COOKIE).value(signIn.issue(who)).path("/").httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** Only a path on this console: never another site (an open redirect). */
    static String safe(String then) {
        return then != null && then.startsWith("/") && !then.startsWith("//") && !then.startsWith("/sign-in") ? then : null;
    }

    private void requireEnabled() {
        if (!signIn.enabled()) {
            throw new NotFoundException();
        }
    }
}
