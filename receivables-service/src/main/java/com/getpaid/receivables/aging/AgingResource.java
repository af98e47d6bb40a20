package com.getpaid.receivables.aging;

import com.getpaid.kit.BusinessCalendar;
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

    private final AgingReport report;
    private final BusinessCalendar calendar;

    public AgingResource(AgingReport report, BusinessCalendar calendar) {
        this.report = report;
        this.calendar = calendar;
    }

    @GET
    @Operation(summary = "Open receivables by days past due, per currency and per customer",
            description = "asOf (YYYY-MM-DD, default today) counts invoices issued and payments received up to that day.")
    public Aging aging(@QueryParam("asOf") String asOf) {
        Check check = new Check();
        LocalDate date = asOf == null ? calendar.today() : check.date("asOf", asOf, true);
        check.done();
        return report.asOf(date);
    }
}
