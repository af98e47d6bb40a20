-- The customer's credit grade from customers.v1 (CreditAssessed): the worklist puts riskier customers first.
ALTER TABLE customer_terms ADD COLUMN credit_grade TEXT;
