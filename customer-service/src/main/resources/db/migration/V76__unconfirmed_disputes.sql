-- A dispute awaiting a credit manager's confirmation leaves dunning but not the exposure that places holds: it waits
-- here, outside receivable_invoice.disputed, until DisputeConfirmed moves it there (or DisputeResolved ends it).
CREATE TABLE unconfirmed_dispute (
    dispute_id  TEXT PRIMARY KEY,
    invoice_id  TEXT    NOT NULL,
    customer_id TEXT    NOT NULL,
    amount      NUMERIC NOT NULL
);
CREATE INDEX unconfirmed_dispute_customer ON unconfirmed_dispute (customer_id);
