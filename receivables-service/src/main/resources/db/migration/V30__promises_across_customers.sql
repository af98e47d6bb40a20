-- Promises across customers (GET /api/promises without customerId): soonest promised day first, by status or by who
-- recorded them, without reading the whole view.
CREATE INDEX promise_view_promised_for ON promise_view (promised_for, promise_id);
CREATE INDEX promise_view_status ON promise_view (status, promised_for, promise_id);
CREATE INDEX promise_view_recorded_by ON promise_view (recorded_by, promised_for);
