-- Read models of notification-service (notification_view, follow_up_view: rebuilt from the event store)
-- and facts of other services it keeps (customer_contact, open_invoice: from customers.v1 and receivables.v1).
CREATE TABLE notification_view (
    notification_id    TEXT PRIMARY KEY,
    customer_id        TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    about              TEXT        NOT NULL,
    details            JSONB       NOT NULL,
    answers_event_id   TEXT,
    answers_event_type TEXT,
    status             TEXT        NOT NULL,
    recipient          TEXT,
    subject            TEXT,
    language           TEXT,
    message_id         TEXT,
    attempts           INT         NOT NULL DEFAULT 0,
    last_error         TEXT,
    queued_at          TIMESTAMPTZ NOT NULL,
    sent_at            TIMESTAMPTZ,
    UNIQUE (kind, about)
);
CREATE INDEX notification_view_customer ON notification_view (customer_id);
CREATE INDEX notification_view_queued ON notification_view (queued_at) WHERE status = 'QUEUED';

CREATE TABLE follow_up_view (
    follow_up_id     TEXT PRIMARY KEY,
    customer_id      TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    about            TEXT        NOT NULL,
    answers_event_id TEXT,
    due_at           TIMESTAMPTZ NOT NULL,
    status           TEXT        NOT NULL,
    UNIQUE (kind, about)
);
CREATE INDEX follow_up_view_customer ON follow_up_view (customer_id);

CREATE TABLE customer_contact (
    customer_id TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    language    TEXT NOT NULL
);

CREATE TABLE open_invoice (
    invoice_id  TEXT PRIMARY KEY,
    customer_id TEXT    NOT NULL,
    open_amount NUMERIC NOT NULL
);
