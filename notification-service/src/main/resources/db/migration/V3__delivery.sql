-- Delivery state of messages still to be sent (not a read model: a projection rebuild leaves it alone).
-- sending_since: the message is handed to the SMTP server now; a row left claimed by a crash is sent
-- again after the claim times out (same Message-ID).
CREATE TABLE delivery (
    notification_id TEXT PRIMARY KEY,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    sending_since   TIMESTAMPTZ,
    last_error      TEXT
);
