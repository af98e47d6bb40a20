package com.getpaid.customer.risk;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * At the start of each business month, every customer's overdue balance is read once ({@code overdue_month}) and each
 * customer read gets its trend looked at ({@link OverdueTrend}). One item of kind {@value #KIND} (key {@value #KEY}),
 * due again at the start of the next month; the first is queued by migration V50.
 */
@ApplicationScoped
public class OverdueMonths implements DueWorkHandler {

    public static final String KIND = "overdue-month";
    public static final String KEY = "all-customers";

    private final DerivedSignals signals;
    private final DueWork dueWork;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public OverdueMonths(DerivedSignals signals, DueWork dueWork, BusinessCalendar calendar, Clock clock) {
        this.signals = signals;
        this.dueWork = dueWork;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        LocalDate month = calendar.today().withDayOfMonth(1);
        for (String customerId : signals.readings(c, month)) {
            dueWork.schedule(c, OverdueTrend.KIND, customerId, clock.instant());
        }
        return Optional.of(calendar.startOf(month.plusMonths(1)));
    }
}
