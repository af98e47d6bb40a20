-- The rest of the customer card: basic data, people, characteristics, business status, payment, further limits.
ALTER TABLE customer_card ADD COLUMN details JSONB;
