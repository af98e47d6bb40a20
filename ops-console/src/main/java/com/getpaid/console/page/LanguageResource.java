package com.getpaid.console.page;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch in the header: the choice is remembered in a cookie for a year, and the page comes back. */
@Path("/language")
@PermitAll
public class LanguageResource {

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("then") String then) {
        String chosen = Labels.LANGUAGES.contains(lang) ? lang : "en";
        String back = then != null && then.startsWith("/") && !then.startsWith("//") ? then : "/";
        return Response.seeOther(URI.create(back))
                .cookie(new NewCookie.Builder(Page.LANGUAGE_COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
