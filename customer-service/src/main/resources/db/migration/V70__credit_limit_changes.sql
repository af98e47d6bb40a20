-- The ERP's proposed limits and the raises waiting for a second credit manager, each keyed by currency.
ALTER TABLE customer_card ADD COLUMN limit_proposals jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE customer_card ADD COLUMN limit_raises jsonb NOT NULL DEFAULT '{}'::jsonb;
