-- Refunds of credit balances, rebuilt from the event store like the other read models.
CREATE TABLE refund_view (
    refund_id   TEXT PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    currency    TEXT    NOT NULL,
    paid_on     DATE    NOT NULL,
    method      TEXT
);
CREATE INDEX refund_view_customer ON refund_view (customer_id);
