-- Read models of receivables-service, rebuilt by replaying the event store.
CREATE TABLE invoice_view (
    invoice_id    TEXT PRIMARY KEY,
    customer_id   TEXT    NOT NULL,
    delivery_ref  TEXT,
    issue_date    DATE    NOT NULL,
    due_date      DATE,
    amount        NUMERIC NOT NULL,
    open_amount   NUMERIC NOT NULL,
    currency      TEXT    NOT NULL,
    dunning_level INT     NOT NULL DEFAULT 0
);
CREATE INDEX invoice_view_customer ON invoice_view (customer_id);
CREATE INDEX invoice_view_open_due ON invoice_view (due_date) WHERE open_amount > 0;

CREATE TABLE payment_view (
    payment_id  TEXT PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    currency    TEXT    NOT NULL,
    received_on DATE    NOT NULL,
    method      TEXT,
    unallocated NUMERIC NOT NULL
);
CREATE INDEX payment_view_customer ON payment_view (customer_id);

CREATE TABLE allocation_view (
    payment_id  TEXT    NOT NULL,
    invoice_id  TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    received_on DATE    NOT NULL,
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX allocation_view_invoice ON allocation_view (invoice_id);

-- The customers' payment terms, from customers.v1 (another service's facts, not rebuilt from our store).
CREATE TABLE customer_terms (
    customer_id   TEXT PRIMARY KEY,
    payment_terms JSONB NOT NULL
);
