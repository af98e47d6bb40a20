-- The jobs that looked for work every so often are due work now (kit's due_work, V40): the work already due when
-- this runs is queued once. Each handler works out when it is due again.
-- Suspensions of the automatic hold reasons that end (or ended in the last day): the hold is looked at then.
INSERT INTO due_work (kind, key, due_at)
SELECT 'hold-suspension-end', customer_id, hold_suspended_until FROM customer_card
WHERE hold_suspended_until IS NOT NULL AND hold_suspended_until > now() - interval '1 day'
ON CONFLICT (kind, key) DO NOTHING;

-- Graded customers: their credit review (raised on its day) and, when overdue, their grace days.
INSERT INTO due_work (kind, key, due_at)
SELECT 'credit-review', customer_id, now() FROM customer_card WHERE credit IS NOT NULL AND NOT review_due_raised
ON CONFLICT (kind, key) DO NOTHING;

INSERT INTO due_work (kind, key, due_at)
SELECT 'hold-grace-days', c.customer_id, now() FROM customer_card c WHERE c.credit IS NOT NULL AND EXISTS (
    SELECT 1 FROM receivable_invoice i WHERE i.customer_id = c.customer_id AND i.overdue AND i.open_amount > i.disputed)
ON CONFLICT (kind, key) DO NOTHING;

-- The monthly overdue readings: the first look is now, then the start of every month.
INSERT INTO due_work (kind, key, due_at) VALUES ('overdue-month', 'all-customers', now())
ON CONFLICT (kind, key) DO NOTHING;
