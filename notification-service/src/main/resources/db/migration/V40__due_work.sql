-- One queue of due work (service-kit's com.getpaid.kit.due): a row is written in the same transaction as the
-- event that makes the work due, and the kit's DueWorkRunner claims due rows one at a time (FOR UPDATE SKIP LOCKED),
-- runs the kind's handler and deletes or reschedules the row in that same transaction. Not a projection: a rebuild
-- of the read models leaves it alone. The same file in each service.
CREATE TABLE due_work (
    kind       text        NOT NULL,
    key        text        NOT NULL,
    due_at     timestamptz NOT NULL,
    attempts   int         NOT NULL DEFAULT 0,
    last_error text,
    queued_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, key)
);
-- the runner's claim: the soonest due first
CREATE INDEX due_work_due_at ON due_work (due_at);
-- "why has this not happened": what is queued for one customer or stream
CREATE INDEX due_work_key ON due_work (key);
