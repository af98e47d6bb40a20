-- Disputes (争议) and the disputed part of each invoice, rebuilt from the event store like the other read models.
ALTER TABLE invoice_view ADD COLUMN disputed NUMERIC NOT NULL DEFAULT 0;
CREATE TABLE dispute_view (
    dispute_id         TEXT PRIMARY KEY,
    invoice_id         TEXT    NOT NULL,
    customer_id        TEXT    NOT NULL,
    amount             NUMERIC NOT NULL,
    currency           TEXT    NOT NULL,
    reason             TEXT    NOT NULL,
    complaint_id       TEXT,
    raised_by          TEXT    NOT NULL,
    opened_on          DATE    NOT NULL,
    status             TEXT    NOT NULL,
    outcome            TEXT,
    credit_note_id     TEXT,
    credit_note_amount NUMERIC,
    resolved_by        TEXT,
    resolved_on        DATE
);
CREATE INDEX dispute_view_customer ON dispute_view (customer_id);
CREATE INDEX dispute_view_invoice ON dispute_view (invoice_id);
