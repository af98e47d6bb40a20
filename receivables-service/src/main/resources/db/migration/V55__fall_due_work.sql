-- The overdue scan became due work (kind receivables-fall-due, key the customer): queue every customer the scan
-- would have looked at, from the ad-hoc next_dunning_on column, the credit meeting invoices fallen due and the open
-- promises. Early rather than late (14 hours before the day starts in UTC covers every business zone, and a promise
-- from its promised day): the handler decides as of the business day it runs and queues the customer's next day.
INSERT INTO due_work (kind, key, due_at)
SELECT 'receivables-fall-due', customer_id, (min(d)::timestamp AT TIME ZONE 'UTC') - interval '14 hours'
FROM (
    SELECT customer_id, greatest(next_dunning_on, coalesce(paused_until + 1, next_dunning_on)) AS d FROM invoice_view
    WHERE open_amount > disputed AND next_dunning_on IS NOT NULL
    UNION ALL
    SELECT i.customer_id, i.due_date FROM invoice_view i WHERE i.open_amount > 0 AND i.due_date IS NOT NULL
    AND EXISTS (SELECT 1 FROM credit_balance_view b WHERE b.customer_id = i.customer_id AND b.currency = i.currency
                AND b.amount > 0)
    UNION ALL
    SELECT customer_id, promised_for FROM promise_view WHERE status = 'OPEN'
) due
GROUP BY customer_id
ON CONFLICT (kind, key) DO UPDATE SET due_at = LEAST(due_work.due_at, EXCLUDED.due_at);
