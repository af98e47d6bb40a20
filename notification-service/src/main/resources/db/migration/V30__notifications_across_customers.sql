-- Messages across customers (GET /api/notifications without customerId): newest first, of one status or of all,
-- one page read from an index in its order. The QUEUED ones have their own (partial) index already.
CREATE INDEX notification_view_status_newest ON notification_view (status, queued_at DESC, notification_id);
CREATE INDEX notification_view_newest ON notification_view (queued_at DESC, notification_id);
