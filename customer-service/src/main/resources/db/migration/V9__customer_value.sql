-- Value tiers and RFM, recomputed daily from receivables' invoices of the last 12 months (a derived read model).
CREATE TABLE customer_value (
    customer_id     TEXT PRIMARY KEY,
    tier            TEXT    NOT NULL,
    rfm             TEXT,
    rfm_score       INT     NOT NULL,
    revenue         NUMERIC NOT NULL,
    currency        TEXT    NOT NULL,
    invoices        INT     NOT NULL,
    days_since_last INT,
    computed_on     DATE    NOT NULL
);
CREATE INDEX customer_value_tier ON customer_value (tier);
