package com.getpaid.receivables.worklist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the worklist orders and what it suggests, as plain rules (tested without a database). The score adds:
 * <ul>
 * <li>the amount: 10 × log10(1 + overdue amount), so 10,000.00 counts 40 and 100,000.00 counts 50;</li>
 * <li>the age: the oldest invoice's days past due ÷ 3, at most 60 (180 days);</li>
 * <li>broken promises (broken or partly kept in the last 180 days): 15 each;</li>
 * <li>the settlement day (挤进头班车): 25 on the day, 20 the day before, down to 10 three days before;</li>
 * <li>the credit grade (from customer-service's last assessment): C 15, B 5, A or none 0.</li>
 * </ul>
 * The action: VISIT when the settlement day is today or within two days (上门要早); LEGAL once the ladder is at its
 * last step and the oldest invoice is over 90 days late; STOP_SUPPLY from the final notice on; CALL after a firm
 * reminder or a broken promise; LETTER otherwise (the letters go out by themselves: watch and call if need be).
 */
public final class Plan {

    public static BigDecimal score(BigDecimal overdue, int oldestDays, int brokenPromises, Integer daysToSettlement) {
        return score(overdue, oldestDays, brokenPromises, daysToSettlement, null);
    }

    public static BigDecimal score(BigDecimal overdue, int oldestDays, int brokenPromises, Integer daysToSettlement,
            String grade) {
        BigDecimal amount = BigDecimal.TEN.multiply(magnitude(overdue.add(BigDecimal.ONE)));
        BigDecimal age = BigDecimal.valueOf(Math.min(oldestDays, 180)).divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        BigDecimal promises = BigDecimal.valueOf(15L * brokenPromises);
        BigDecimal settlement = BigDecimal.valueOf(daysToSettlement != null && daysToSettlement <= 3
                ? 25 - 5L * daysToSettlement : 0);
        BigDecimal risk = BigDecimal.valueOf("C".equals(grade) ? 15 : "B".equals(grade) ? 5 : 0);
        return amount.add(age).add(promises).add(settlement).add(risk).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * log10 of a positive amount, from its decimal digits: the exponent exactly, and only the dimensionless
     * mantissa (between 1 and 10) through the logarithm, so the money itself never becomes a binary fraction.
     */
    static BigDecimal magnitude(BigDecimal amount) {
        int exponent = amount.precision() - amount.scale() - 1;
        BigDecimal mantissa = amount.movePointLeft(exponent);
        return BigDecimal.valueOf(exponent).add(BigDecimal.valueOf(Math.log10(mantissa.doubleValue())))
                .setScale(10, RoundingMode.HALF_UP);
    }

    public static String action(int dunningLevel, int lastLevel, int oldestDays, int brokenPromises, Integer daysToSettlement) {
        if (daysToSettlement != null && daysToSettlement <= 2) {
            return "VISIT";
        }
        if (dunningLevel >= lastLevel && oldestDays > 90) {
            return "LEGAL";
        }
        if (dunningLevel >= lastLevel - 1 && dunningLevel >= 3) {
            return "STOP_SUPPLY";
        }
        if (dunningLevel >= 2 || brokenPromises > 0) {
            return "CALL";
        }
        return "LETTER";
    }

    /** The next settlement day on or after {@code day} (the 31st is the last day of a shorter month). */
    public static LocalDate nextSettlement(int settlementDay, LocalDate day) {
        LocalDate thisMonth = day.withDayOfMonth(Math.min(settlementDay, day.lengthOfMonth()));
        if (!thisMonth.isBefore(day)) {
            return thisMonth;
        }
        LocalDate next = day.plusMonths(1).withDayOfMonth(1);
        return next.withDayOfMonth(Math.min(settlementDay, next.lengthOfMonth()));
    }

    public static Integer daysUntil(LocalDate day, LocalDate settlement) {
        return settlement == null ? null : (int) ChronoUnit.DAYS.between(day, settlement);
    }

    private Plan() {
    }
}
