-- A customer's account as of a version of its stream, so a command loads the snapshot and the events
-- after it, not the whole history. Derived from the event store (never the source of truth): a row
-- whose schema is not the code's is ignored, and deleting the table loses nothing.
CREATE TABLE account_snapshot (
    stream_id TEXT PRIMARY KEY,
    version   BIGINT NOT NULL,
    schema    INT    NOT NULL,
    state     JSONB  NOT NULL
);
