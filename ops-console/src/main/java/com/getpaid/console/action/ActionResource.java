package com.getpaid.console.action;

import com.getpaid.console.page.Page;
import com.getpaid.console.services.Reply;
import com.getpaid.console.services.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The forms of {@link Actions}: {@code GET /act/{id}?field=value} shows one filled with what the page knows, {@code POST
 * /act/{id}} sends it to its service with the person's token. Done, the page's live parts are told to refresh
 * ({@code HX-Trigger: getpaid-changed}); refused, the form comes back with the service's words next to each field it
 * names, and nothing was changed.
 */
@io.quarkus.security.Authenticated
@Path("/act/{id}")
@Produces(MediaType.TEXT_HTML)
public class ActionResource {

    private final Page page;
    private final Services services;
    private final Template form;
    private final Template done;

    public ActionResource(Page page, Services services, @Location("action/form.html") Template form,
            @Location("action/done.html") Template done) {
        this.page = page;
        this.services = services;
        this.form = form;
        this.done = done;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id, @Context UriInfo uri) {
        Action action = action(id);
        Map<String, String> values = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> values.put(k, String.join(",", v)));
        return form(action, values, Map.of(), null, UUID.randomUUID().toString());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("HX-Request") String fromPage,
            MultivaluedMap<String, String> sent) {
        Action action = action(id);
        if (!"true".equals(fromPage)) {
            // only the console's own pages send this header; another site's form cannot (with the SameSite cookie,
            // a second guard against a forged request)
            return Response.status(403).entity("Send this form from the console's page").type(MediaType.TEXT_PLAIN).build();
        }
        String key = sent.getFirst("_key") == null ? UUID.randomUUID().toString() : sent.getFirst("_key");
        Map<String, String> values = new LinkedHashMap<>();
        action.fields().forEach(f -> values.put(f.name(), sent.getFirst(f.name()) == null ? "" : sent.getFirst(f.name()).trim()));
        String path = action.path();
        Map<String, Object> body = new LinkedHashMap<>();
        for (Action.Field field : action.fields()) {
            String value = values.get(field.name());
            if (field.inPath()) {
                path = path.replace("{" + field.name() + "}", Services.q(value).replace("+", "%20"));
            } else if (field.kind() == Action.Kind.KEY) {
                put(body, field.name(), key.replace("-", "").substring(0, 16).toUpperCase());
            } else if (!value.isEmpty()) {
                put(body, field.name(), switch (field.kind()) {
                    case LIST, HIDDEN_LIST -> Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
                    case YES_NO -> Boolean.valueOf(value.equals("yes"));
                    default -> value;
                });
            }
        }
        if (action.by() != null) {
            body.put(action.by(), page.me().id()); // who did it: the signed-in person, never a form field
        }
        Reply reply = services.send(page.token(), action.service(), action.method(), path, body, key);
        if (reply.status() == 401) {
            return Response.status(401).header("HX-Redirect", "/sign-in").build();
        }
        if (reply.ok()) {
            return Response.ok(page.render(done, "appName").data("action", action).data("answer", reply.view()))
                    .header("HX-Trigger", "getpaid-changed").build();
        }
        Map<String, String> errors = new LinkedHashMap<>(reply.fieldErrors());
        boolean allByTheirFields = !errors.isEmpty() && errors.keySet().stream().allMatch(name -> action.fields().stream()
                .anyMatch(f -> f.name().equals(name) && !f.hidden()));
        String detail = reply.unreachable() ? page.words().get("serviceDown") : allByTheirFields ? null : reply.detail();
        // a refusal changed nothing: the corrected form is a new request, with a key of its own
        return Response.ok(form(action, values, errors, detail, UUID.randomUUID().toString())).build();
    }

    private TemplateInstance form(Action action, Map<String, String> values, Map<String, String> errors, String detail,
            String key) {
        List<String> others = new ArrayList<>(); // what the service said of fields the form does not show
        errors.forEach((field, message) -> {
            boolean shown = action.fields().stream().anyMatch(f -> f.name().equals(field) && !f.hidden());
            if (!shown && !message.equals(detail)) {
                others.add(field + ": " + message);
            }
        });
        return page.render(form, "appName").data("action", action).data("values", values).data("errors", errors)
                .data("detail", detail).data("others", others).data("key", key);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            body.put(name, value);
        } else {
            Map<String, Object> inner = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot),
                    k -> new LinkedHashMap<>());
            put(inner, name.substring(dot + 1), value);
        }
    }

    private static Action action(String id) {
        return Actions.find(id).orElseThrow(NotFoundException::new);
    }
}
