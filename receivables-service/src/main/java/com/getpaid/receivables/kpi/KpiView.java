package com.getpaid.receivables.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The measures a finance manager is judged by, per currency, for a period (both days included), with
 * the figures they come from, so anyone can compute them again:
 * <ul>
 * <li>{@code dso} (days sales outstanding), the simple formula ({@code dsoMethod: SIMPLE}):
 * receivablesAtEnd / sales × days; null without sales;</li>
 * <li>{@code cei} (collection effectiveness index, percent): (receivablesAtStart + sales − receivablesAtEnd) /
 * (receivablesAtStart + sales − currentAtEnd) × 100; null when there was nothing to collect;</li>
 * <li>{@code overdueRatio} (percent): overdueAtEnd / receivablesAtEnd × 100; null when nothing is open;</li>
 * <li>{@code collected}: payments received; {@code writtenOff}: written off less reinstated, in the period.</li>
 * </ul>
 * Receivables are open invoice amounts (written-off ones are not open) at the end of the day before the period
 * ({@code receivablesAtStart}) and of its last day; current is the part not yet past due.
 */
public record KpiView(LocalDate from, LocalDate to, String customerId, int days, List<CurrencyKpis> currencies) {

    public record CurrencyKpis(String currency, BigDecimal dso, String dsoMethod, BigDecimal cei, BigDecimal overdueRatio,
            BigDecimal collected, BigDecimal writtenOff, BigDecimal sales, BigDecimal receivablesAtStart,
            BigDecimal receivablesAtEnd, BigDecimal currentAtEnd, BigDecimal overdueAtEnd) {
    }
}
