-- A complaint's dispatch is due work (DispatchDue, kind 'complaint-dispatch', keyed by the complaint id): the complaints
-- still waiting for a handler before this release are queued once, due at their dispatch time.
INSERT INTO due_work (kind, key, due_at)
SELECT 'complaint-dispatch', complaint_id, dispatch_due FROM complaint_view
WHERE status = 'LOGGED' AND NOT dispatch_overdue AND dispatch_due IS NOT NULL
ON CONFLICT (kind, key) DO NOTHING;
