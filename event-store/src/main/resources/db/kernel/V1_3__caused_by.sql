-- Who caused each event: a token's subject with its roles, or the consumer or job that did (the audit trail).
-- Events stored before this column existed say so rather than pretend to know.
ALTER TABLE event_store ADD COLUMN caused_by TEXT;
UPDATE event_store SET caused_by = 'unknown (recorded before the audit trail)' WHERE caused_by IS NULL;
ALTER TABLE event_store ALTER COLUMN caused_by SET NOT NULL;
