-- Tasks for staff have an assignee and an end: what came of them, by whom, when.
ALTER TABLE follow_up_view
    ADD COLUMN assignee     TEXT,
    ADD COLUMN outcome      TEXT,
    ADD COLUMN note         TEXT,
    ADD COLUMN completed_by TEXT,
    ADD COLUMN completed_at TIMESTAMPTZ;
CREATE INDEX follow_up_view_assignee ON follow_up_view (assignee, due_at);
CREATE INDEX follow_up_view_due ON follow_up_view (due_at, follow_up_id);

-- The deliveries (invoices) seen per customer, from receivables.v1: the after-sales follow-ups start at the first.
CREATE TABLE customer_delivery (
    customer_id TEXT NOT NULL,
    invoice_id  TEXT NOT NULL,
    issue_date  DATE NOT NULL,
    PRIMARY KEY (customer_id, invoice_id)
);
