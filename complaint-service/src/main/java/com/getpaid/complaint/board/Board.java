package com.getpaid.complaint.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The complaints desk at a glance: open complaints per state, dispatches overdue (nobody took the complaint in time, or
 * it was taken late and flagged), and call-backs due today or already late.
 */
public record Board(Instant asOf, Map<String, Long> openByStatus, long open, List<Item> dispatchOverdue,
        List<Item> callbacksDueToday, List<Item> callbacksOverdue) {

    /** One complaint on the board: who has it and by when something was or is due. */
    public record Item(String complaintId, String customerId, String status, String severity, String handler, Instant due) {

        /** The item without its handler: each field a viewer gets is named here (allow-listed), a new one is not shown. */
        Item figuresOnly() {
            return new Item(complaintId, customerId, status, severity, null, due);
        }
    }

    /** The board as the viewer (a dashboard) gets it: the counts and which complaints are late, never who has them. */
    public Board figuresOnly() {
        return new Board(asOf, openByStatus, open, figuresOnly(dispatchOverdue), figuresOnly(callbacksDueToday),
                figuresOnly(callbacksOverdue));
    }

    private static List<Item> figuresOnly(List<Item> items) {
        return items.stream().map(Item::figuresOnly).toList();
    }
}
