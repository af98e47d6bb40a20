package com.getpaid.receivables.worklist;

/** What happened when a collector worked a worklist item (named as in the JSON and the events). */
public enum Outcome {
    REACHED, NO_ANSWER, PROMISED, DISPUTED, PAID
}
