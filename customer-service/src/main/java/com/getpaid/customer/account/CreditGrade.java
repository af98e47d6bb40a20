package com.getpaid.customer.account;

/** A credit grade (信用等级) and what it grants: the grace days past due before supply stops, the months to the next review. */
public enum CreditGrade {
    A(30, 6), B(15, 3), C(0, 1);

    private final int graceDays;
    private final int reviewMonths;

    CreditGrade(int graceDays, int reviewMonths) {
        this.graceDays = graceDays;
        this.reviewMonths = reviewMonths;
    }

    public int graceDays() {
        return graceDays;
    }

    public int reviewMonths() {
        return reviewMonths;
    }

    /** The grade named as the events record it; anything else counts as C (the strictest). */
    public static CreditGrade of(String grade) {
        return "A".equals(grade) ? A : "B".equals(grade) ? B : C;
    }
}
