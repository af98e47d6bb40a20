package com.getpaid.console.complaints;

import static com.getpaid.console.services.Services.q;

import com.getpaid.console.page.Charts;
import com.getpaid.console.page.Page;
import com.getpaid.console.services.Doc;
import com.getpaid.console.services.Reply;
import com.getpaid.console.services.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Customer service's page: the SLA board (dispatch due within the hour, dispatch overdue, call-backs due within 72 h,
 * breached, unreachable), each handler's queue, the analysis by category, product, batch and root cause; and one
 * complaint's page with its timeline and the next steps of its workflow.
 */
@io.quarkus.security.Authenticated
@Path("/complaints")
@Produces(MediaType.TEXT_HTML)
public class ComplaintsPage {

    /** The states of a complaint still being worked on, in the workflow's order. */
    static final List<String> OPEN = List.of("LOGGED", "ASSIGNED", "INVESTIGATING", "RESOLUTION_PROPOSED", "APPROVED",
            "ACCEPTED", "CARRIED_OUT");

    /** The steps each state offers on a complaint's page (the service refuses any other, naming the state it needs). */
    static final Map<String, List<String>> STEPS = Map.of(
            "LOGGED", List.of("assignment", "escalation"),
            "ASSIGNED", List.of("investigation", "escalation", "assignment"),
            "INVESTIGATING", List.of("resolution", "escalation"),
            "RESOLUTION_PROPOSED", List.of("approval", "acceptance", "resolution"),
            "APPROVED", List.of("acceptance"),
            "ACCEPTED", List.of("execution"),
            "CARRIED_OUT", List.of("callback"));

    private final Page page;
    private final Services services;
    private final Template complaints;
    private final Template complaint;

    public ComplaintsPage(Page page, Services services, @Location("complaints.html") Template complaints,
            @Location("complaint.html") Template complaint) {
        this.page = page;
        this.services = services;
        this.complaints = complaints;
        this.complaint = complaint;
    }

    @GET
    public TemplateInstance board() {
        String token = page.token();
        CompletableFuture<Reply> board = services.get(token, "complaint", "/api/complaints/board");
        CompletableFuture<Reply> analysis = services.get(token, "complaint", "/api/complaints/analysis");
        CompletableFuture<Reply> unreachable = services.get(token, "complaint", "/api/complaints?status=CLOSED_UNREACHABLE&size=20");
        List<CompletableFuture<Reply>> byState = OPEN.stream()
                .map(s -> services.get(token, "complaint", "/api/complaints?status=" + s + "&size=100")).toList();
        Instant now = Instant.now();
        List<Object> dispatchSoon = new ArrayList<>();
        List<Object> callbacksSoon = new ArrayList<>();
        Map<String, List<Object>> queues = new TreeMap<>();
        boolean refused = false;
        for (CompletableFuture<Reply> call : byState) {
            Reply reply = call.join();
            refused |= !reply.ok();
            for (Object row : reply.rows()) {
                Doc c = (Doc) row;
                String dispatchDue = c.text("dispatchDue");
                if ("LOGGED".equals(c.text("status")) && dispatchDue != null && Instant.parse(dispatchDue).isAfter(now)
                        && Instant.parse(dispatchDue).isBefore(now.plus(1, ChronoUnit.HOURS))) {
                    dispatchSoon.add(c);
                }
                String callbackDue = c.text("callbackDue");
                if ("CARRIED_OUT".equals(c.text("status")) && callbackDue != null && Instant.parse(callbackDue).isAfter(now)
                        && Instant.parse(callbackDue).isBefore(now.plus(72, ChronoUnit.HOURS))) {
                    callbacksSoon.add(c);
                }
                queues.computeIfAbsent(c.text("handler") == null ? "" : c.text("handler"), h -> new ArrayList<>()).add(c);
            }
        }
        Reply analysed = analysis.join();
        Doc a = analysed.ok() ? (Doc) analysed.view() : null;
        return page.render(complaints, "navComplaints").data("board", board.join()).data("analysis", analysed)
                .data("unreachable", unreachable.join()).data("dispatchSoon", dispatchSoon).data("callbacksSoon", callbacksSoon)
                .data("queues", queues.entrySet()).data("listsRefused", refused)
                .data("categoryChart", counts(a, "byCategory")).data("productChart", counts(a, "byProduct"))
                .data("batchChart", counts(a, "byBatch")).data("causeChart", counts(a, "byRootCause"));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        Reply found = services.get(page.token(), "complaint", "/api/complaints/" + q(id)).join();
        String status = found.ok() ? ((Doc) found.view()).text("status") : null;
        return page.render(complaint, "complaintTitle").data("id", id).data("complaint", found)
                .data("steps", status == null ? List.of() : STEPS.getOrDefault(status, List.of()));
    }

    private io.quarkus.qute.RawString counts(Doc analysis, String field) {
        com.getpaid.console.page.Fmt f = page.fmt();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Object row : analysis == null ? List.of() : Doc.list(analysis.get(field))) {
            Doc count = (Doc) row;
            labels.add(f.code("category", count.text("key")));
            values.add(Long.parseLong(count.text("complaints")));
        }
        return Charts.bar(labels, List.of(new Charts.Series(page.words().get("complaints"), values)), false, true);
    }
}
