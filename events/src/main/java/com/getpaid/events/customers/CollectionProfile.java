package com.getpaid.events.customers;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How the customer is collected: its account manager (the collector whose worklist it is on), its settlement day
 * (结算日: the day of the month it pays its suppliers; be first in line then), and when it may be contacted: its time
 * zone, weekdays it refuses, the first days of a month it refuses (month-end closing), and the earliest time of day.
 * Every part is optional; {@code zone} defaults to Asia/Shanghai.
 */
public record CollectionProfile(String accountManager, Integer settlementDay, String zone, List<DayOfWeek> avoidWeekdays,
        Integer avoidFirstDaysOfMonth, LocalTime notBefore) {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    public static final CollectionProfile NONE = new CollectionProfile(null, null, DEFAULT_ZONE, List.of(), 0, null);

    public ZoneId zoneId() {
        return ZoneId.of(zone == null ? DEFAULT_ZONE : zone);
    }
}
