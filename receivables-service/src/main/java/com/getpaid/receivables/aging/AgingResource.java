package com.getpaid.receivables.aging;

import com.getpaid.events.Money;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.Check;
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

    private final Kernel kernel;
    private final BusinessCalendar calendar;

    public AgingResource(Kernel kernel, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.calendar = calendar;
    }

    @GET
    @Operation(summary = "Open receivables by days past due, per currency and per customer",
            description = "asOf (YYYY-MM-DD, default today) counts invoices issued and payments received up to that day.")
    public Aging aging(@QueryParam("asOf") String asOf) {
        Check check = new Check();
        LocalDate date = asOf == null ? calendar.today() : check.date("asOf", asOf, true);
        check.done();
        return Aging.of(date, kernel.transact(c -> Sql.list(c,
                "SELECT i.customer_id, i.currency, i.due_date, i.amount - coalesce((SELECT sum(a.amount) FROM allocation_view a "
                        + "WHERE a.invoice_id = i.invoice_id AND a.received_on <= ?), 0) AS open "
                        + "FROM invoice_view i WHERE i.issue_date <= ?",
                rs -> new Aging.OpenItem(rs.getString(1), rs.getString(2), Sql.date(rs, "due_date"),
                        rs.getBigDecimal(4).setScale(Money.zero(rs.getString(2)).scale())), date, date)));
    }
}
