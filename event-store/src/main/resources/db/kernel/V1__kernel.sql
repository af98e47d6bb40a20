-- The event kernel every service shares: event store (also the outbox), inbox, idempotent requests.
CREATE TABLE event_store (
    position       BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    stream_id      TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    type           TEXT        NOT NULL,
    customer_id    TEXT        NOT NULL,
    subject        TEXT        NOT NULL,
    data           JSONB       NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    correlation_id TEXT,
    causation_id   TEXT,
    published_at   TIMESTAMPTZ,
    UNIQUE (stream_id, version)
);
CREATE INDEX event_store_unpublished ON event_store (position) WHERE published_at IS NULL;
CREATE INDEX event_store_customer ON event_store (customer_id, position);

CREATE TABLE inbox (
    event_id     TEXT PRIMARY KEY,
    type         TEXT        NOT NULL,
    source       TEXT,
    processed_at TIMESTAMPTZ NOT NULL
);

-- ERP writes are idempotent on their natural key: the answer given is kept with a hash of the request.
CREATE TABLE idempotent_request (
    scope        TEXT        NOT NULL,
    request_key  TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    status       INT         NOT NULL,
    response     TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, request_key)
);
