-- Risk signals as the card's risk tab reads them, and the suspension of automatic hold reasons a manager granted.
CREATE TABLE risk_signal_view (
    signal_id    TEXT PRIMARY KEY,
    customer_id  TEXT        NOT NULL,
    signal       TEXT        NOT NULL,
    severity     TEXT        NOT NULL,
    evidence     TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    places_hold  BOOLEAN     NOT NULL,
    detected_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX risk_signal_view_customer ON risk_signal_view (customer_id, detected_at);

ALTER TABLE customer_card
    ADD COLUMN hold_suspended       JSONB,
    ADD COLUMN hold_suspended_until TIMESTAMPTZ;
