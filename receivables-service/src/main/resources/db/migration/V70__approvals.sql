-- Four eyes: credit notes, refunds and write-offs above one person's threshold wait here for a second person.
-- Rebuilt from the event store like the other read models.
CREATE TABLE approval_view (
    approval_id  TEXT PRIMARY KEY,
    customer_id  TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    reference    TEXT    NOT NULL,
    invoice_id   TEXT,
    amount       NUMERIC NOT NULL,
    currency     TEXT    NOT NULL,
    reason       TEXT,
    status       TEXT    NOT NULL,
    requested_by TEXT    NOT NULL,
    requested_on DATE    NOT NULL,
    decided_by   TEXT,
    decided_on   DATE,
    rejection    TEXT
);
CREATE INDEX approval_view_status ON approval_view (status, requested_on, approval_id);
