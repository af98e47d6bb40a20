package com.getpaid.receivables.dunning;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For operators: run the fall-due work due today now rather than at the due-work runner's next turn (after a pause,
 * or in scenario tests).
 */
@Path("/admin/dunning/scan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class ScanAdminResource {

    /** What the scan recorded for the business day {@code asOf} (customers another instance is running are left to it). */
    public record Scanned(LocalDate asOf, int events) {
    }

    private final OverdueScan scan;
    private final BusinessCalendar calendar;

    public ScanAdminResource(OverdueScan scan, BusinessCalendar calendar) {
        this.scan = scan;
        this.calendar = calendar;
    }

    @POST
    @Operation(summary = "Run the overdue scan for today now", description = "Credit applied to invoices that fell due, "
            + "promises judged, notes before the due date and steps of the dunning ladder, as the due-work runner does.")
    public Scanned scan() {
        LocalDate today = calendar.today();
        return new Scanned(today, scan.scan(today));
    }
}
