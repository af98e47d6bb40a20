-- Read model of complaint-service, rebuilt by replaying the event store.
CREATE SEQUENCE complaint_number;

CREATE TABLE complaint_view (
    complaint_id    TEXT PRIMARY KEY,
    customer_id     TEXT        NOT NULL,
    category        TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    description     TEXT        NOT NULL,
    recorded_by     TEXT        NOT NULL,
    invoice_ids     JSONB       NOT NULL,
    disputed_amount NUMERIC,
    currency        TEXT,
    status          TEXT        NOT NULL,
    logged_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX complaint_view_customer ON complaint_view (customer_id);
