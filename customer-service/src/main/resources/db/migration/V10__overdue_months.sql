-- The overdue balance at the first look of each month, per customer (card currency): OVERDUE_GROWING reads four.
CREATE TABLE overdue_month (
    customer_id TEXT    NOT NULL,
    month       DATE    NOT NULL,
    overdue     NUMERIC NOT NULL,
    PRIMARY KEY (customer_id, month)
);
