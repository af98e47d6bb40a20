package com.getpaid.receivables.aging;

import com.getpaid.kit.api.Pages;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.receivables.api.CurrencyCode;
import com.getpaid.receivables.api.IsoDate;
import com.getpaid.receivables.api.WholeNumber;
import jakarta.validation.constraints.Pattern;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Open receivables by days past due, per currency: totals, and one page of customers",
            description = "asOf (YYYY-MM-DD, default today) counts invoices issued and payments received up to that day. "
                    + "currency (ISO 4217) keeps one currency. Customers come most overdue first, size (1 to 100, default 100) "
                    + "per currency and page (from 0); customerCount says how many there are in all. customerId keeps one customer. "
                    + "collectionClasses adds up the same amounts by collection class, with WRITTEN_OFF beside them "
                    + "(written off by that day and not reinstated: no longer open, so in no bucket).")
    @WithSession
    public Uni<Aging> aging(@QueryParam("asOf") @IsoDate String asOf, @QueryParam("currency") @CurrencyCode String currency,
            @QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid id") String customerId,
            @QueryParam("page") @WholeNumber(min = 0, max = 1_000_000) String page,
            @QueryParam("size") @WholeNumber(min = 1, max = Pages.MAX) String size) {
        LocalDate date = asOf == null || asOf.isBlank() ? calendar.today() : LocalDate.parse(asOf);
        String only = currency == null ? null : Money.currency(currency).getCurrencyCode();
        return report.asOf(date, only, customerId, WholeNumber.Validator.of(page, 0), WholeNumber.Validator.of(size, 100));
    }
}
