-- A record a consumer cannot apply for good parks its key (the customer): the key's later records wait behind it,
-- in order, until an operator retries or skips; other keys flow. Kept beside the inbox, in the same transaction.
CREATE TABLE parked_key (
    consumer      TEXT        NOT NULL,
    key           TEXT        NOT NULL,
    topic         TEXT        NOT NULL,
    partition     INT         NOT NULL,
    first_offset  BIGINT      NOT NULL,
    event_id      TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    parked_at     TIMESTAMPTZ NOT NULL,
    attempts      INT         NOT NULL,
    last_tried_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, key)
);

-- The parked records of a key, the one that failed first, each with its envelope, so a retry needs no Kafka.
CREATE TABLE parked_record (
    seq            BIGSERIAL PRIMARY KEY,
    consumer       TEXT        NOT NULL,
    key            TEXT        NOT NULL,
    topic          TEXT        NOT NULL,
    partition      INT         NOT NULL,
    record_offset  BIGINT      NOT NULL,
    event_id       TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    source         TEXT,
    subject        TEXT,
    occurred_at    TIMESTAMPTZ,
    correlation_id TEXT,
    causation_id   TEXT,
    caused_by      TEXT,
    payload        TEXT,
    parked_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX parked_record_key ON parked_record (consumer, key, seq);

-- A parked record an operator skipped: who (from the token), why, and the record itself, for the audit trail.
CREATE TABLE parked_skip (
    consumer      TEXT        NOT NULL,
    key           TEXT        NOT NULL,
    topic         TEXT        NOT NULL,
    partition     INT         NOT NULL,
    record_offset BIGINT      NOT NULL,
    event_id      TEXT        NOT NULL,
    type          TEXT        NOT NULL,
    payload       TEXT,
    parked_reason TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    skipped_by    TEXT        NOT NULL,
    skipped_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
