package com.getpaid.receivables.aging;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/aging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aging")
public class AgingResource {

    private final AgingReport report;
    private final BusinessCalendar calendar;

    public AgingResource(AgingReport report, BusinessCalendar calendar) {
        this.report = report;
        this.calendar = calendar;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "Open receivables by days past due, per currency: totals, and one page of customers",
            description = "asOf (YYYY-MM-DD, default today) counts invoices issued and payments received up to that day. "
                    + "currency (ISO 4217) keeps one currency. Customers come most overdue first, size (1 to 500, default 100) "
                    + "per currency and page (from 0); customerCount says how many there are in all. customerId keeps one customer. "
                    + "collectionClasses adds up the same amounts by collection class, with WRITTEN_OFF beside them "
                    + "(written off by that day and not reinstated: no longer open, so in no bucket).")
    @WithSession
    public Uni<Aging> aging(@QueryParam("asOf") String asOf, @QueryParam("currency") String currency,
            @QueryParam("customerId") String customerId,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("100") String size) {
        Check check = new Check();
        LocalDate date = asOf == null ? calendar.today() : check.date("asOf", asOf, true);
        java.util.Currency only = currency == null ? null : check.currency("currency", currency);
        String customer = customerId == null ? null : check.id("customerId", customerId);
        Integer pageNumber = number(check, "page", page, 0, 1_000_000);
        Integer pageSize = number(check, "size", size, 1, 500);
        check.done();
        return report.asOf(date, only == null ? null : only.getCurrencyCode(), customer, pageNumber, pageSize);
    }

    private static Integer number(Check check, String field, String value, int min, int max) {
        try {
            return check.range(field, Integer.valueOf(value.strip()), min, max);
        } catch (NumberFormatException e) {
            check.fail(field, "'" + value + "' is not a whole number");
            return null;
        }
    }
}
