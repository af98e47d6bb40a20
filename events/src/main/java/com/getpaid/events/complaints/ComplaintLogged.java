package com.getpaid.events.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint was registered (投诉登记表); any disputed amount is in {@code currency}. The fields after
 * {@code loggedAt} came with the full register form; complaints logged before it have them null.
 * {@code severity} is NORMAL or SERIOUS (null before: NORMAL); {@code dispatchDue} is when a handler must have it (派单).
 */
public record ComplaintLogged(String complaintId, String customerId, String category, String channel,
        String description, String recordedBy, List<String> invoiceIds, BigDecimal disputedAmount,
        String currency, Instant loggedAt, String contactPerson, Product product, LocalDate usedOn, String whatHappened,
        String customerWish, List<String> deliveryRefs, String severity, Instant dispatchDue) implements ComplaintEvent {

    /** The product complained about, as on the register form. */
    public record Product(String name, String specification, LocalDate productionDate, String batchNumber) {
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
