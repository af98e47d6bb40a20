-- The sender's claim is compare-and-set: claim counts the claims of a message (a fencing token). A sender sends only
-- when it moved claim from the value it read while no live claim stood (sending_since null or timed out), and records
-- the result only while claim is still its own; two instances (or a runner whose lock vanished) never both send.
ALTER TABLE delivery ADD COLUMN claim BIGINT NOT NULL DEFAULT 0;
-- When a letter first waited for the customer's contact window: it waits at most notification.sender.max-deferral.
ALTER TABLE delivery ADD COLUMN deferred_since TIMESTAMPTZ;
UPDATE delivery SET deferred_since = now() WHERE waiting_for IS NOT NULL;
