package com.getpaid.console.page;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every page of one request shares: who is signed in and the token to forward, the language and its words, how
 * to write money and dates, and the page's own address (which the live parts fetch again).
 */
@RequestScoped
public class Page {

    public static final String LANGUAGE_COOKIE = "getpaid-lang";

    private final SecurityIdentity identity;
    private final Labels labels;
    private final ZoneId zone;
    private final HttpServerRequest request;

    public Page(SecurityIdentity identity, Labels labels, CurrentVertxRequest current,
            @ConfigProperty(name = "getpaid.business-zone") ZoneId zone) {
        this.identity = identity;
        this.labels = labels;
        this.zone = zone;
        this.request = current.getCurrent().request();
    }

    public Me me() {
        return new Me(identity.isAnonymous() ? "" : identity.getPrincipal().getName(), identity.getRoles());
    }

    /** The signed-in person's access token, forwarded to the services as the bearer. */
    public String token() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    public String lang() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return Labels.choose(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    public Map<String, String> words() {
        return labels.of(lang());
    }

    public Fmt fmt() {
        return new Fmt(lang(), words(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the business zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** This page's address, path and query: what its live parts fetch again. */
    public String self() {
        return request.uri();
    }

    /** A page number as the address gives it: from 0, anything else the first page. */
    public static int pageNumber(Integer asked) {
        return asked == null || asked < 0 ? 0 : asked;
    }

    /** A day as the address gives it (YYYY-MM-DD), or {@code otherwise} when it is missing or not a date. */
    public static LocalDate day(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    /** A page for the signed-in person, titled by the label {@code titleKey}. */
    public TemplateInstance render(Template template, String titleKey) {
        return anonymous(template, titleKey).data("me", me());
    }

    /** A page anyone may see (the sign-in page). */
    public TemplateInstance anonymous(Template template, String titleKey) {
        Map<String, String> t = words();
        return template.data("t", t).data("f", fmt()).data("lang", lang()).data("title", t.get(titleKey))
                .data("self", self()).data("selfEncoded", java.net.URLEncoder.encode(self(), java.nio.charset.StandardCharsets.UTF_8)).data("me", new Me("", java.util.Set.of())).data("today", today().toString());
    }

}
