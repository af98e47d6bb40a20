-- Each customer's credit balance per currency (overpayments and credit notes beyond what was open, less
-- what was applied to invoices or refunded), kept by the projector so the daily scan finds at once the
-- customers whose credit can settle invoices that fall due. Rebuilt from the event store like the others.
CREATE TABLE credit_balance_view (
    customer_id TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    amount      NUMERIC NOT NULL,
    PRIMARY KEY (customer_id, currency)
);
CREATE INDEX credit_balance_view_positive ON credit_balance_view (customer_id) WHERE amount > 0;
