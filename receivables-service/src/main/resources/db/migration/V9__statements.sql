-- Customers' answers to their statements of account (对账确认), in the order they came: rebuilt from the
-- event store like the other read models. The statements themselves are read from the movements.
CREATE TABLE statement_confirmation_view (
    position     BIGINT PRIMARY KEY,
    customer_id  TEXT  NOT NULL,
    period       TEXT  NOT NULL,
    confirmation JSONB NOT NULL
);
CREATE INDEX statement_confirmation_view_customer ON statement_confirmation_view (customer_id, period);
-- the statement reads write-offs and refunds by customer
CREATE INDEX write_off_view_customer ON write_off_view (customer_id);
