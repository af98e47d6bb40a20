package com.getpaid.receivables.account;

import java.time.LocalDate;

/** A credit manager confirms a dispute awaiting confirmation, so it leaves the exposure that places holds. */
public record ConfirmDispute(String disputeId, String customerId, String confirmedBy, LocalDate confirmedOn) {
}
