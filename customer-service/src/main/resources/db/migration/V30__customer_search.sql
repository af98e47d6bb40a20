-- The search box (GET /api/customers?q=: an id starting with q or a name containing it, any case) through a trigram
-- index instead of reading every card; and the customers whose credit review falls due (?reviewDueBy=), soonest first.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: the database's owner may
-- create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_card_search ON customer_card USING gin (customer_id gin_trgm_ops, name gin_trgm_ops);
CREATE INDEX customer_card_next_review ON customer_card (next_review_due, customer_id) WHERE next_review_due IS NOT NULL;
