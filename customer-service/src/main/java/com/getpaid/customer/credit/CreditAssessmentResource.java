package com.getpaid.customer.credit;

import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/credit-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CreditAssessmentResource {

    /** The body: the customer's financial indicators, as numbers in text (ratios, not percent). */
    public record Request(@Schema(example = "2.1") String currentRatio, @Schema(example = "0.6") String debtToAssets,
            @Schema(example = "12") String receivablesTurnover,
            @Schema(example = "0.28", description = "A fraction: 0.28 is 28 %") String returnOnAssets,
            @Schema(example = "Wang Fang (credit manager)") String assessedBy) {
    }

    private final CreditAssessments assessments;

    public CreditAssessmentResource(CreditAssessments assessments) {
        this.assessments = assessments;
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "Assess the customer's credit", description = "Grades A, B or C from the standard indicators "
            + "(current ratio 1.6 poor to 2.5 good, debt-to-assets 0.9 to 0.5, receivables turnover 9 to 14, return on "
            + "assets 0.20 to 0.35, each weighing 0.15) and the customer's own payment record over 12 months from "
            + "receivables (on time, days late, promises broken; weighing 0.40). A from 0.70, B from 0.40. Answers 201 "
            + "with the assessment, its explanation, a recommended limit and the next review (A 6 months, B 3, C 1). The "
            + "grade's grace days (A 30, B 15, C 0) then decide the OVERDUE_BEYOND_GRACE hold.")
    public Response assess(@PathParam("customerId") String customerId, Request body) {
        Request r = ApiProblem.requireBody(body);
        Check check = new Check();
        BigDecimal cr = ratio(check, "currentRatio", r.currentRatio(), "100");
        BigDecimal da = ratio(check, "debtToAssets", r.debtToAssets(), "10");
        BigDecimal rt = ratio(check, "receivablesTurnover", r.receivablesTurnover(), "1000");
        BigDecimal roa = ratio(check, "returnOnAssets", r.returnOnAssets(), "10");
        String by = check.text("assessedBy", r.assessedBy(), 200);
        check.done();
        CreditAssessed assessed = assessments.assess(customerId, new CreditAssessments.Indicators(cr, da, rt, roa, by));
        return Response.status(201).entity(assessed).build();
    }

    /** A number from 0 to {@code max}, at most 4 decimals. */
    static BigDecimal ratio(Check check, String field, String value, String max) {
        if (value == null || value.isBlank()) {
            check.fail(field, "is required");
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.strip());
            if (n.signum() < 0 || n.compareTo(new BigDecimal(max)) > 0 || n.scale() > 4) {
                check.fail(field, "'" + value + "' is not a number from 0 to " + max + " with at most 4 decimals");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            check.fail(field, "'" + value + "' is not a number");
            return null;
        }
    }
}
