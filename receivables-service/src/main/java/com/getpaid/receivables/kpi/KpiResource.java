package com.getpaid.receivables.kpi;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.validation.Code;
import jakarta.validation.constraints.Pattern;
import com.getpaid.kit.api.Period;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class KpiResource {

    private final Kpis kpis;
    private final BusinessCalendar calendar;

    public KpiResource(Kpis kpis, BusinessCalendar calendar) {
        this.kpis = kpis;
        this.calendar = calendar;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "DSO, CEI, overdue ratio, collected and written off, per currency, for a period",
            description = "from and to (YYYY-MM-DD, both included; default the last 30 days up to today; at most 366 days); "
                    + "customerId keeps one customer. dso = receivablesAtEnd / sales x days (dsoMethod SIMPLE; null without "
                    + "sales). cei (percent) = (receivablesAtStart + sales - receivablesAtEnd) / (receivablesAtStart + sales - "
                    + "currentAtEnd) x 100. overdueRatio (percent) = overdueAtEnd / receivablesAtEnd x 100. receivablesAtStart "
                    + "is what was open at the end of the day before from. collected: payments received; writtenOff: written "
                    + "off less reinstated in the period. Rounded half up to one decimal.")
    @WithSession
    public Uni<KpiView> kpis(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid id") String customerId) {
        Period period = Period.of(from, to, calendar.today(), last -> last.minusDays(29));
        return kpis.of(period.first(), period.last(), customerId);
    }
}
