-- The collector's worklist: the customer's name and collection profile (account manager, settlement day,
-- contact preferences) from customers.v1, and what collectors recorded on worklist items (rebuilt from the
-- event store like the other read models).
ALTER TABLE customer_terms ADD COLUMN name TEXT;
ALTER TABLE customer_terms ADD COLUMN collection JSONB;
CREATE TABLE collection_activity_view (
    position    BIGINT PRIMARY KEY,
    item_id     TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    currency    TEXT NOT NULL,
    on_date     DATE NOT NULL,
    outcome     TEXT NOT NULL,
    note        TEXT,
    recorded_by TEXT NOT NULL
);
CREATE INDEX collection_activity_view_item ON collection_activity_view (item_id);
CREATE INDEX collection_activity_view_customer ON collection_activity_view (customer_id);
