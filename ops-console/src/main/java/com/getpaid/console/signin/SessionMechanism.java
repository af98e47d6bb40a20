package com.getpaid.console.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the local sign-in's session cookie: a valid one is the signed-in person, with the token as the access token
 * the pages forward. With nobody signed in (or the session expired) a page request goes to the sign-in page, which
 * brings the person back to the page asked for; an htmx request is told to do that with the whole page. Tried before
 * OpenID Connect, and does nothing when the local sign-in is off.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "getpaid-session";

    private final LocalSignIn signIn;

    public SessionMechanism(LocalSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!signIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        return Uni.createFrom().item(cookie == null ? null : signIn.verify(cookie.getValue()).map(session -> {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(session.subject()))
                    .addCredential(new AccessTokenCredential(session.token()))
                    .addAttribute("expiresAt", session.expiresAt());
            session.roles().forEach(identity::addRole);
            return (SecurityIdentity) identity.build();
        }).orElse(null));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!signIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String htmxPage = context.request().getHeader("HX-Current-URL");
        if (htmxPage != null) {
            return Uni.createFrom().item(new ChallengeData(401, "HX-Redirect", signInFor(pathOf(htmxPage))));
        }
        String asked = context.request().uri();
        return Uni.createFrom().item(new ChallengeData(302, "Location", signInFor(asked)));
    }

    /** The sign-in page, coming back to {@code path} afterwards. */
    public static String signInFor(String path) {
        return path == null || path.equals("/") ? "/sign-in" : "/sign-in?then=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000; // before OpenID Connect's
    }
}
