package com.getpaid.console.credit;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A credit manager's page: who is on hold with every reason and since when, the risk-signal feed, credit reviews due,
 * the spread of grades and value tiers, and the complaint remedies waiting for approval.
 */
@io.quarkus.security.Authenticated
@Path("/credit")
@Produces(MediaType.TEXT_HTML)
public class CreditPage {

    static final int PAGE_SIZE = 20;
    static final List<String> GRADES = List.of("A", "B", "C", "none");

    private final Page page;
    private final Services services;
    private final Template credit;

    public CreditPage(Page page, Services services, @Location("credit.html") Template credit) {
        this.page = page;
        this.services = services;
        this.credit = credit;
    }

    @GET
    public TemplateInstance show(@QueryParam("page") Integer pageNumber) {
        String token = page.token();
        int at = Page.pageNumber(pageNumber);
        CompletableFuture<Reply> holds = services.get(token, "customer", "/api/customers?onHold=true&size=" + PAGE_SIZE
                + "&page=" + at);
        CompletableFuture<Reply> signals = services.get(token, "customer", "/api/risk-signals?size=20");
        CompletableFuture<Reply> reviews = services.get(token, "customer", "/api/customers?reviewDueBy="
                + page.today().plusDays(14) + "&size=20");
        CompletableFuture<Reply> portfolio = services.get(token, "customer", "/api/portfolio");
        CompletableFuture<Reply> proposed = services.get(token, "complaint", "/api/complaints?status=RESOLUTION_PROPOSED&size=50");
        Reply spread = portfolio.join();
        Doc figures = spread.ok() ? (Doc) spread.view() : null;
        List<Object> approvals = new ArrayList<>();
        for (Object row : proposed.join().rows()) {
            Doc resolution = (Doc) ((Doc) row).field("resolution");
            if (resolution != null && Boolean.TRUE.equals(resolution.field("approvalNeeded")) && resolution.field("approvedBy") == null) {
                approvals.add(row);
            }
        }
        return page.render(credit, "navCredit").data("holds", holds.join()).data("signals", signals.join())
                .data("reviews", reviews.join()).data("portfolio", spread).data("approvals", approvals)
                .data("proposed", proposed.join()).data("pageNumber", at).data("previousPage", at - 1)
                .data("nextPage", at + 1).data("pageSize", PAGE_SIZE)
                .data("gradeChart", Charts.doughnut(GRADES.stream().map(g -> page.fmt().code("grade", g)).toList(),
                        counts(figures, "byGrade")))
                .data("tierChart", Charts.doughnut(GRADES.stream().map(g -> page.fmt().code("tier", g)).toList(),
                        counts(figures, "byTier")));
    }

    private static List<Long> counts(Doc figures, String field) {
        Doc by = figures == null ? null : (Doc) figures.get(field);
        return GRADES.stream().map(g -> by == null || by.text(g) == null ? 0L : Long.parseLong(by.text(g))).toList();
    }
}
