-- An event the broker refuses for good (too large, invalid) is parked with the reason instead of
-- stopping the relay; the customer's later events wait behind it, so per-customer order holds.
ALTER TABLE event_store ADD COLUMN stuck_at TIMESTAMPTZ, ADD COLUMN stuck_reason TEXT;
CREATE INDEX event_store_stuck ON event_store (customer_id, position) WHERE published_at IS NULL AND stuck_at IS NOT NULL;
