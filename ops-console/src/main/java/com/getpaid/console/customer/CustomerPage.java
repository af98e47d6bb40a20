package com.getpaid.console.customer;

import static com.getpaid.console.services.Services.q;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Customer 360: the card, exposure and a clearance check, every invoice with why it is or is not chased now, what was
 * paid, promised, disputed and complained about, the letters and tasks, the hold on any past day, and who did what.
 * The header's search box lands here too.
 */
@io.quarkus.security.Authenticated
@Path("/customers")
@Produces(MediaType.TEXT_HTML)
public class CustomerPage {

    /** Open invoices a page: a customer with a thousand is read fifty at a time, oldest due first. */
    static final int OPEN_PAGE = 50;

    private final Page page;
    private final Services services;
    private final Template customer;
    private final Template search;

    public CustomerPage(Page page, Services services, @Location("customer.html") Template customer,
            @Location("search.html") Template search) {
        this.page = page;
        this.services = services;
        this.customer = customer;
        this.search = search;
    }

    /** Customers by id or name; one exact match opens its page at once. */
    @GET
    public Response find(@QueryParam("q") String text) {
        String wanted = text == null ? "" : text.trim();
        Reply found = wanted.isEmpty() ? new Reply(200, List.of())
                : services.get(page.token(), "customer", "/api/customers?q=" + q(wanted) + "&size=50").join();
        List<Object> rows = found.rows();
        for (Object row : rows) {
            if (wanted.equalsIgnoreCase(((Doc) row).text("customerId")) || rows.size() == 1) {
                return Response.seeOther(URI.create("/customers/" + q(((Doc) row).text("customerId")))).build();
            }
        }
        return Response.ok(page.render(search, "searchTitle").data("q", wanted).data("found", found)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("holdOn") String holdOn,
            @QueryParam("closedPage") Integer closedPage, @QueryParam("openPage") Integer openPage) {
        String token = page.token();
        String c = q(id);
        LocalDate holdDay = Page.day(holdOn, null);
        String asOf = holdDay == null ? "" : "?asOf=" + holdDay.plusDays(1).atStartOfDay(page.zone()).toInstant().minusSeconds(1);
        int closed = Page.pageNumber(closedPage);
        int open = Page.pageNumber(openPage);
        Map<String, CompletableFuture<Reply>> calls = new java.util.LinkedHashMap<>();
        calls.put("card", services.get(token, "customer", "/api/customers/" + c));
        calls.put("hold", services.get(token, "customer", "/api/customers/" + c + "/holds" + asOf));
        calls.put("signals", services.get(token, "customer", "/api/customers/" + c + "/risk-signals"));
        calls.put("history", services.get(token, "customer", "/api/customers/" + c + "/history"));
        calls.put("account", services.get(token, "receivables", "/api/accounts/" + c));
        calls.put("open", services.get(token, "receivables", "/api/invoices?customerId=" + c + "&open=true&size=" + OPEN_PAGE + "&page=" + open));
        calls.put("closed", services.get(token, "receivables", "/api/invoices?customerId=" + c + "&open=false&size=20&page=" + closed));
        calls.put("promises", services.get(token, "receivables", "/api/promises?customerId=" + c));
        calls.put("disputes", services.get(token, "receivables", "/api/disputes?customerId=" + c));
        calls.put("confirmations", services.get(token, "receivables", "/api/accounts/" + c + "/statement-confirmations"));
        calls.put("complaints", services.get(token, "complaint", "/api/complaints?customerId=" + c + "&size=50"));
        calls.put("letters", services.get(token, "notification", "/api/notifications?customerId=" + c));
        calls.put("tasks", services.get(token, "notification", "/api/follow-ups?customerId=" + c + "&size=50"));
        TemplateInstance view = page.render(customer, "customerTitle").data("id", id).data("closedPage", closed).data("previousPage", closed - 1).data("nextPage", closed + 1)
                .data("openPage", open).data("openPrevious", open - 1).data("openNext", open + 1).data("openSize", OPEN_PAGE)
                .data("holdOn", holdDay == null ? "" : holdDay.toString());
        calls.forEach((name, call) -> view.data(name, call.join()));
        Reply card = calls.get("card").join();
        Reply letters = calls.get("letters").join();
        view.data("chase", Chase.explain(calls.get("open").join().rows(), card.ok() ? (Doc) card.view() : null,
                page.me().any("erp,collector,credit-manager,support"), letters.rows(), page.today(), page.words()));
        return view;
    }

}
