package com.getpaid.receivables.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the seller collects, as data (receivables.dunning.*): reminders before the due date (事前催收,
 * default 7 and 1 days before), the ladder of steps after it (default 1, 15, 30 and 60 days past due:
 * FRIENDLY_REMINDER, FIRM_REMINDER, FINAL_NOTICE, ESCALATION), and how long after the promised day a
 * promise to pay keeps dunning paused (default 2 days).
 */
public record DunningLadder(List<Step> steps, List<Integer> preDueDays, int promiseToleranceDays) {

    /** Step {@code level} (from 1) is due {@code daysOverdue} days after the due date. */
    public record Step(int level, int daysOverdue, String stage) {
    }

    public static final DunningLadder DEFAULT = parse("1:FRIENDLY_REMINDER,15:FIRM_REMINDER,30:FINAL_NOTICE,60:ESCALATION",
            "7,1", 2);

    /**
     * Reads {@code "1:FRIENDLY_REMINDER,15:FIRM_REMINDER"} (days past due, rising, and the stage) and {@code "7,1"}
     * (days before the due date); a ladder that does not climb is refused at start-up with the reason.
     */
    public static DunningLadder parse(String ladder, String preDue, int toleranceDays) {
        List<Step> steps = new ArrayList<>();
        for (String part : ladder.split(",")) {
            String[] dayAndStage = part.strip().split(":");
            if (dayAndStage.length != 2 || !dayAndStage[1].strip().matches("[A-Z_]{1,40}")) {
                throw new IllegalArgumentException("receivables.dunning.ladder: '" + part + "' is not DAYS:STAGE");
            }
            int days = Integer.parseInt(dayAndStage[0].strip());
            if (days < 1 || (!steps.isEmpty() && days <= steps.get(steps.size() - 1).daysOverdue())) {
                throw new IllegalArgumentException("receivables.dunning.ladder: the days past due must rise from 1 ("
                        + ladder + ")");
            }
            steps.add(new Step(steps.size() + 1, days, dayAndStage[1].strip()));
        }
        List<Integer> before = new ArrayList<>();
        for (String part : preDue.isBlank() ? new String[0] : preDue.split(",")) {
            int days = Integer.parseInt(part.strip());
            if (days < 1) {
                throw new IllegalArgumentException("receivables.dunning.pre-due-days: " + days + " is not a day before");
            }
            before.add(days);
        }
        before.sort(Comparator.reverseOrder());
        if (toleranceDays < 0) {
            throw new IllegalArgumentException("receivables.promises.tolerance-days: " + toleranceDays + " is negative");
        }
        return new DunningLadder(List.copyOf(steps), List.copyOf(before), toleranceDays);
    }

    /** The highest step an invoice {@code daysOverdue} days past due has reached, if any. */
    public Optional<Step> forAge(long daysOverdue) {
        return steps.stream().filter(s -> s.daysOverdue() <= daysOverdue).reduce((a, b) -> b);
    }

    public Optional<Step> level(int level) {
        return level >= 1 && level <= steps.size() ? Optional.of(steps.get(level - 1)) : Optional.empty();
    }

    /**
     * The pre-due reminder due {@code daysToDue} days before the due date: the nearest of the configured days not yet
     * passed (an invoice issued 3 days before its due date gets the 7-day one at once, then the 1-day one), unless that
     * one or a nearer one was sent ({@code sent}: the fewest days before of those sent, null for none).
     */
    public Optional<Integer> preDue(long daysToDue, Integer sent) {
        return preDueDays.stream().filter(d -> daysToDue <= d).reduce((a, b) -> b)
                .filter(d -> sent == null || d < sent);
    }

    /**
     * The next day the invoice needs looking at: its next pre-due reminder while none of the ladder was reached and
     * the due date is ahead of the issue date, else its next step; null when the ladder is done.
     */
    public LocalDate nextOn(LocalDate issueDate, LocalDate dueDate, Integer preDueSent, int level) {
        if (dueDate == null) {
            return null;
        }
        if (level == 0 && dueDate.isAfter(issueDate)) {
            Optional<Integer> pre = preDueDays.stream().filter(d -> preDueSent == null || d < preDueSent).findFirst();
            if (pre.isPresent()) {
                LocalDate on = dueDate.minusDays(pre.get());
                return on.isBefore(issueDate) ? issueDate : on;
            }
        }
        return level(level + 1).map(s -> dueDate.plusDays(s.daysOverdue())).orElse(null);
    }
}
