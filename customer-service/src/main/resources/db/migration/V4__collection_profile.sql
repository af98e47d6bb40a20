-- How each customer is collected (account manager, settlement day, contact preferences), from its card.
ALTER TABLE customer_card ADD COLUMN collection JSONB;
