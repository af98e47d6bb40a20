package com.getpaid.notification.followup;

import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.kit.command.StreamKind;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.notification.NotificationStreams;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A task for staff, a stream of its own: scheduled once, done once (the same completion again changes nothing). */
public final class FollowUp {

    private static final Dispatch<FollowUp, NotificationEvent> APPLY = Dispatch.<FollowUp, NotificationEvent>over(
            NotificationEvent.class)
            .on(FollowUpScheduled.class, (f, e) -> f.task = e)
            .on(FollowUpCompleted.class, (f, e) -> f.done = e)
            // a message's events are on its own stream, never on a task's
            .ignore(NotificationQueued.class, NotificationSent.class, NotificationFailed.class, NotificationCancelled.class)
            .build();

    /** The stream {@code follow-up-<id>}. */
    public static final StreamKind<FollowUp, NotificationEvent> KIND =
            NotificationStreams.of("follow-up-", FollowUp::new, APPLY);

    private final String id;
    private FollowUpScheduled task;
    private FollowUpCompleted done;

    private FollowUp(String id) {
        this.id = id;
    }

    /** The task as scheduled (null before it is). */
    public FollowUpScheduled task() {
        return task;
    }

    /** Schedules the task; nothing when it is already. */
    public List<FollowUpScheduled> schedule(String customerId, FollowUpKind kind, String about, String answersEventId,
            Instant dueAt, String assignee, String brief) {
        return task != null ? List.of()
                : List.of(new FollowUpScheduled(id, customerId, kind.name(), about, answersEventId, dueAt, assignee, brief));
    }

    /**
     * What staff say came of the task. The same completion again changes nothing; another one for a task already done
     * is refused.
     */
    public List<FollowUpCompleted> complete(String outcome, String note, String by, Instant at) {
        if (task == null) {
            throw new NotFound("No follow-up '" + id + "'");
        }
        if (done != null) {
            if (done.outcome().equals(outcome) && Objects.equals(done.note(), note) && done.completedBy().equals(by)) {
                return List.of();
            }
            throw new AlreadyRecorded("outcome", "Follow-up " + id + " was completed already, " + done.completedAt() + " by "
                    + done.completedBy() + ": " + done.outcome());
        }
        return List.of(new FollowUpCompleted(id, task.customerId(), outcome, note, by, at));
    }

    /** The task answered by what happened elsewhere (a call-back recorded); a task done already stays as it is. */
    public List<FollowUpCompleted> answeredBy(String outcome, String note, String by, Instant at) {
        return task == null || done != null ? List.of()
                : List.of(new FollowUpCompleted(id, task.customerId(), outcome, note, by, at));
    }
}
