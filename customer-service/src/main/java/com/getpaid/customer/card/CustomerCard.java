package com.getpaid.customer.card;

import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The customer card as the ERP and the dashboards read it. */
public record CustomerCard(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, List<CurrencyExposure> exposure, Hold hold) {

    /** Open and overdue receivables in one currency. */
    public record CurrencyExposure(String currency, BigDecimal open, BigDecimal overdue) {
    }

    public record Hold(boolean active, List<HoldReason> reasons, Instant since) {
    }
}
