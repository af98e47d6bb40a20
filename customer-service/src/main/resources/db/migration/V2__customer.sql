-- Read models of customer-service; both can be dropped and rebuilt from the event store and receivables.v1.
CREATE TABLE customer_card (
    customer_id        TEXT PRIMARY KEY,
    name               TEXT    NOT NULL,
    email              TEXT    NOT NULL,
    preferred_language TEXT    NOT NULL,
    payment_terms      JSONB   NOT NULL,
    credit_limit       NUMERIC NOT NULL,
    currency           TEXT    NOT NULL,
    hold_reasons       JSONB   NOT NULL DEFAULT '[]',
    hold_since         TIMESTAMPTZ
);

-- Open receivables per invoice, from receivables.v1: the basis of exposure and holds.
CREATE TABLE receivable_invoice (
    invoice_id  TEXT PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    open_amount NUMERIC NOT NULL,
    due_date    DATE,
    overdue     BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX receivable_invoice_customer ON receivable_invoice (customer_id);
