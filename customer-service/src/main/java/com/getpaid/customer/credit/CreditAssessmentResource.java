package com.getpaid.customer.credit;

import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/credit-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CreditAssessmentResource {

    /** The body: the customer's financial indicators (ratios, not percent), as numbers or numbers in text. */
    public record Request(
            @Ratio(max = "100") @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "2.1")
            String currentRatio,
            @Ratio(max = "10") @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "0.6")
            String debtToAssets,
            @Ratio(max = "1000") @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "12")
            String receivablesTurnover,
            @Ratio(max = "10") @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "0.28",
                    description = "A fraction: 0.28 is 28 %") String returnOnAssets,
            @Size(max = 200)
            @Schema(example = "Wang Fang", description = Actors.DISPLAY_NAME) String assessedBy) {
    }

    private final CreditAssessments assessments;

    private final Actors actors;

    public CreditAssessmentResource(CreditAssessments assessments, Actors actors) {
        this.actors = actors;
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
    public Response assess(@PathParam("customerId") String customerId, @NotNull @Valid Request body) {
        CreditAssessed assessed = assessments.assess(customerId, new CreditAssessments.Indicators(
                new BigDecimal(body.currentRatio().strip()), new BigDecimal(body.debtToAssets().strip()),
                new BigDecimal(body.receivablesTurnover().strip()), new BigDecimal(body.returnOnAssets().strip()),
                actors.named(body.assessedBy())));
        return Response.status(201).entity(assessed).build();
    }
}
