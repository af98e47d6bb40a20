package com.getpaid.customer.credit;

import com.getpaid.customer.account.Customer;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The credit watch, a customer at a time: on the day its review falls due the review is raised once
 * ({@code CreditReviewDue}) and the hold looked at again. Due work of kind {@value #KIND} keyed by the customer, queued
 * by each assessment for its review's day; due again on that day while the review is still ahead.
 */
@ApplicationScoped
public class CreditReviews implements DueWorkHandler {

    public static final String KIND = "credit-review";

    private final Commands commands;
    private final CreditAssessments assessments;
    private final BusinessCalendar calendar;

    public CreditReviews(Commands commands, CreditAssessments assessments, BusinessCalendar calendar) {
        this.commands = commands;
        this.assessments = assessments;
        this.calendar = calendar;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        LocalDate today = calendar.today();
        LocalDate pending = commands.within(c, EventStore.Cause.by("customer-service: credit watch"), tx -> {
            assessments.lookAgain(tx, item.key(), today);
            return tx.load(Customer.KIND, item.key()).reviewPending();
        });
        return pending == null ? Optional.empty() : Optional.of(calendar.startOf(pending));
    }
}
