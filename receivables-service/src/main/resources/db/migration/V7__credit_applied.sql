-- Credit balance applied to invoices (CreditApplied), one row per invoice part, keyed by the event:
-- rebuilt from the event store like the other read models.
CREATE TABLE credit_applied_view (
    event_id    UUID    NOT NULL,
    invoice_id  TEXT    NOT NULL,
    customer_id TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    currency    TEXT    NOT NULL,
    applied_on  DATE    NOT NULL,
    PRIMARY KEY (event_id, invoice_id)
);
CREATE INDEX credit_applied_view_invoice ON credit_applied_view (invoice_id);
CREATE INDEX credit_applied_view_customer ON credit_applied_view (customer_id);
