-- The mail sender's retries and the follow-ups' due times are due work now (kit's due_work, V40): the messages still
-- to go out are due when their delivery said (next_attempt_at) or now; the open tasks not yet due, at their due time.
INSERT INTO due_work (kind, key, due_at)
SELECT 'notification-send', n.notification_id, coalesce(d.next_attempt_at, now())
FROM notification_view n LEFT JOIN delivery d ON d.notification_id = n.notification_id
WHERE n.status = 'QUEUED'
ON CONFLICT (kind, key) DO NOTHING;

INSERT INTO due_work (kind, key, due_at)
SELECT 'follow-up-due', follow_up_id, due_at FROM follow_up_view WHERE status = 'OPEN' AND due_at > now()
ON CONFLICT (kind, key) DO NOTHING;
