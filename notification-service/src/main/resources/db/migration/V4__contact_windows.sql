-- When a customer may receive dunning letters (its card's collection profile), and why a letter waits.
ALTER TABLE customer_contact ADD COLUMN collection JSONB;
ALTER TABLE delivery ADD COLUMN waiting_for TEXT;
