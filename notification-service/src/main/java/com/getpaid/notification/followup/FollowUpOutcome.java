package com.getpaid.notification.followup;

/**
 * What staff record as the end of a task: the customer was reached, did not answer, or the task was simply done. Tasks
 * answered elsewhere keep the outcome they came with (a call-back's SATISFIED or NOT_SATISFIED, a closed complaint's).
 */
public enum FollowUpOutcome {
    REACHED, NO_ANSWER, DONE
}
