-- The customer's complaints and where they stand, from complaints.v1: the card shows the open ones, so that a new
-- account manager does not walk into an angry customer unaware.
CREATE TABLE customer_complaint (
    complaint_id TEXT PRIMARY KEY,
    customer_id  TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    severity     TEXT        NOT NULL,
    handler      TEXT,
    logged_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_complaint_customer ON customer_complaint (customer_id, logged_at);
