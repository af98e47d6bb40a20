package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice passed its due date unpaid and reached a step of the dunning ladder (催款): {@code dunningLevel}
 * counts from 1, {@code stage} names it (FRIENDLY_REMINDER, FIRM_REMINDER, FINAL_NOTICE, ESCALATION by
 * default). Each level happens once per invoice; {@code openAmount} is what is open and not disputed.
 * Events from before stages were named carry none: their level 1 is the friendly reminder.
 */
public record PaymentOverdue(String invoiceId, String customerId, LocalDate dueDate, LocalDate asOf,
        int daysOverdue, BigDecimal openAmount, String currency, int dunningLevel, String stage) implements ReceivableEvent {

    public static final String FRIENDLY_REMINDER = "FRIENDLY_REMINDER";

    public PaymentOverdue {
        if (stage == null && dunningLevel == 1) {
            stage = FRIENDLY_REMINDER;
        }
    }

    @Override
    public String subject() {
        return invoiceId;
    }
}
