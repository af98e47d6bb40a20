package com.getpaid.customer.hold;

import com.getpaid.customer.card.CustomerCard;
import com.getpaid.customer.card.CustomerService;
import com.getpaid.customer.card.RegisterCustomer;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.Money;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/customers/{customerId}/shipment-clearance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class ShipmentClearanceResource {

    private static final Logger LOG = Logger.getLogger(ShipmentClearanceResource.class);

    private final Kernel kernel;
    private final CustomerService customers;
    private final ExposureLedger ledger;

    public ShipmentClearanceResource(Kernel kernel, CustomerService customers, ExposureLedger ledger) {
        this.kernel = kernel;
        this.customers = customers;
        this.ledger = ledger;
    }

    @POST
    @Operation(summary = "May this order ship?", description = "Answered from local projections, with every reason "
            + "it may not. Changes nothing.")
    public ShipmentClearance clear(@PathParam("customerId") String customerId, ShipmentClearance.Request request) {
        if (request == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        Check check = new Check();
        Currency currency = check.currency("currency", request.currency());
        BigDecimal amount = check.amount("amount", request.amount(), currency, false);
        check.done();
        CustomerCard card = customers.card(customerId)
                .orElseThrow(() -> ApiProblem.notFound("No customer '" + customerId + "'"));
        RegisterCustomer terms = new RegisterCustomer(card.customerId(), card.name(), card.email(), card.preferredLanguage(),
                card.paymentTerms(), card.creditLimit(), card.currency());
        Exposure exposure = kernel.transact(c -> ledger.of(c, customerId));
        String code = currency.getCurrencyCode();
        List<HoldReason> reasons = HoldRules.forShipment(terms, exposure, amount, code);
        BigDecimal open = exposure.open(code, Money.zero(code));
        BigDecimal limit = HoldRules.limitIn(terms, code);
        BigDecimal available = limit.subtract(open).max(Money.zero(code));
        LOG.infof("Shipment clearance for customer %s, order %s %s: %s", customerId, amount.toPlainString(), code,
                reasons.isEmpty() ? "cleared" : "refused " + reasons.stream().map(HoldReason::message).toList());
        return new ShipmentClearance(reasons.isEmpty(), reasons, open, limit, available, code);
    }
}
