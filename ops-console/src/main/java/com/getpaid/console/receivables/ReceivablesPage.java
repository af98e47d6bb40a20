package com.getpaid.console.receivables;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finance's page: aging per currency as a stacked chart and the five collection classes, the most overdue customers a
 * page at a time, DSO, CEI and the overdue ratio for a chosen period with a 12-month trend, what was written off, and a
 * customer's statement with whether the customer confirmed it. Its figures add up every invoice, so they refresh
 * every 30 seconds rather than every 3.
 */
@io.quarkus.security.Authenticated
@Path("/receivables")
@Produces(MediaType.TEXT_HTML)
public class ReceivablesPage {

    static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "91-120", "over-120");
    static final List<String> CLASSES = List.of("NOT_DUE", "IN_COLLECTION", "DOUBTFUL", "BAD_DEBT", "WRITTEN_OFF");
    static final int PAGE_SIZE = 20;

    private final Page page;
    private final Services services;
    private final Template receivables;
    private final Template trendTemplate;

    public ReceivablesPage(Page page, Services services, @Location("receivables.html") Template receivables,
            @Location("receivables-trend.html") Template trendTemplate) {
        this.page = page;
        this.services = services;
        this.receivables = receivables;
        this.trendTemplate = trendTemplate;
    }

    @GET
    public TemplateInstance show(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("currency") String currency, @QueryParam("page") Integer pageNumber,
            @QueryParam("statement") String statementOf) {
        String token = page.token();
        LocalDate today = page.today();
        LocalDate last = Page.day(to, today);
        LocalDate first = Page.day(from, last.minusDays(29));
        int at = Page.pageNumber(pageNumber);
        String cur = currency == null || currency.isBlank() ? null : currency.trim().toUpperCase();
        CompletableFuture<Reply> aging = services.get(token, "receivables", "/api/aging?size=" + PAGE_SIZE + "&page=" + at
                + (cur == null ? "" : "&currency=" + q(cur)));
        CompletableFuture<Reply> kpis = services.get(token, "receivables", "/api/kpis?from=" + first + "&to=" + last);
        boolean statement = statementOf != null && !statementOf.isBlank();
        CompletableFuture<Reply> statementCall = statement
                ? services.get(token, "receivables", "/api/accounts/" + q(statementOf.trim()) + "/statement?from=" + first
                        + "&to=" + last)
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Reply> confirmations = statement
                ? services.get(token, "receivables", "/api/accounts/" + q(statementOf.trim()) + "/statement-confirmations")
                : CompletableFuture.completedFuture(null);

        Reply agingReply = aging.join();
        List<Object> currencies = agingReply.ok() ? Doc.list(((Doc) agingReply.view()).field("currencies")) : List.of();
        String trendCurrency = cur != null ? cur : currencies.isEmpty() ? "CNY" : ((Doc) currencies.get(0)).text("currency");
        List<Charts.Series> buckets = new ArrayList<>();
        for (String bucket : BUCKETS) {
            List<BigDecimal> values = new ArrayList<>();
            for (Object c : currencies) {
                values.add(number((Doc) ((Doc) c).field("totals"), bucket));
            }
            buckets.add(new Charts.Series(page.fmt().code("bucket", bucket), values));
        }
        List<String> currencyLabels = currencies.stream().map(c -> ((Doc) c).text("currency")).toList();
        return page.render(receivables, "navReceivables").data("buckets", BUCKETS).data("classes", CLASSES).data("aging", agingReply).data("currencies", currencies)
                .data("kpis", kpis.join()).data("from", first.toString()).data("to", last.toString())
                .data("currency", cur == null ? "" : cur).data("pageNumber", at).data("previousPage", at - 1)
                .data("nextPage", at + 1).data("pageSize", PAGE_SIZE).data("trendCurrency", trendCurrency)
                .data("agingChart", Charts.bar(currencyLabels, buckets, true, false))
                .data("statementOf", statement ? statementOf.trim() : "").data("statement", statementCall.join())
                .data("confirmations", confirmations.join());
    }

    /**
     * The 12-month trend of DSO, CEI and the overdue ratio: twelve KPI queries, so it is asked once after the page
     * has loaded and not with every refresh of its figures.
     */
    @GET
    @Path("trend")
    public TemplateInstance trend(@QueryParam("currency") String currency) {
        String token = page.token();
        LocalDate today = page.today();
        String cur = currency == null || currency.isBlank() ? "CNY" : currency.trim().toUpperCase();
        List<YearMonth> months = new ArrayList<>();
        List<CompletableFuture<Reply>> trend = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth month = YearMonth.from(today).minusMonths(i);
            months.add(month);
            LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            trend.add(services.get(token, "receivables", "/api/kpis?from=" + month.atDay(1) + "&to=" + end));
        }
        List<BigDecimal> dso = new ArrayList<>();
        List<BigDecimal> cei = new ArrayList<>();
        List<BigDecimal> overdue = new ArrayList<>();
        for (CompletableFuture<Reply> call : trend) {
            Doc figures = kpisOf(call.join(), cur);
            dso.add(number(figures, "dso"));
            cei.add(number(figures, "cei"));
            overdue.add(number(figures, "overdueRatio"));
        }
        return page.render(trendTemplate, "trend").data("trendCurrency", cur)
                .data("trendChart", Charts.line(months.stream().map(YearMonth::toString).toList(), List.of(
                        new Charts.Series("DSO", dso), new Charts.Series("CEI %", cei),
                        new Charts.Series(page.words().get("overdueRatio") + " %", overdue))));
    }

    private static Doc kpisOf(Reply reply, String currency) {
        if (reply.ok()) {
            for (Object c : Doc.list(((Doc) reply.view()).field("currencies"))) {
                if (currency.equals(((Doc) c).text("currency"))) {
                    return (Doc) c;
                }
            }
        }
        return null;
    }

    private static BigDecimal number(Doc doc, String field) {
        String text = doc == null ? null : doc.text(field);
        return text == null ? null : new BigDecimal(text);
    }

}
