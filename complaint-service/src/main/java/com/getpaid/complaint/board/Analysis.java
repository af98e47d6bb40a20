package com.getpaid.complaint.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints logged in a period, counted by what they were about and why they happened, and how the desk kept its
 * promises: dispatch within its time, the call-back by its time, and the customers satisfied when reached.
 */
public record Analysis(LocalDate from, LocalDate to, long complaints, List<Count> byCategory, List<Count> byProduct,
        List<Count> byBatch, List<Count> byCustomer, List<Count> byRootCause, Sla dispatch, Sla callback,
        Satisfaction satisfaction) {

    /**
     * The analysis as the viewer (a dashboard) gets it: the figures by category, product, batch and customer and the SLAs,
     * allow-listed field by field; not the root causes, which the handlers write in their own words.
     */
    public Analysis figuresOnly() {
        return new Analysis(from, to, complaints, byCategory, byProduct, byBatch, byCustomer, List.of(), dispatch, callback,
                satisfaction);
    }

    /** How many complaints had this value (most first); "(none)" when the form left it empty. */
    public record Count(String key, long complaints) {
    }

    /**
     * {@code met}: done by its time; {@code breached}: late (or still undone past its time); {@code pending}: not done and
     * not yet due. {@code compliance}: met of met and breached, in percent (null when there is neither).
     */
    public record Sla(long met, long breached, long pending, BigDecimal compliance) {
    }

    /** Call-backs that reached the customer, and how many of those found the customer satisfied, in percent. */
    public record Satisfaction(long reached, long satisfied, BigDecimal rate) {
    }
}
