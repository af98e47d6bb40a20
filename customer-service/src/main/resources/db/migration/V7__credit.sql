-- Credit assessments on the card, and what the payment record is computed from: when each invoice was issued and
-- when it was settled (paid or credited in full).
ALTER TABLE customer_card
    ADD COLUMN credit                JSONB,
    ADD COLUMN next_review_due       DATE,
    ADD COLUMN review_due_raised     BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE receivable_invoice
    ADD COLUMN issue_date DATE,
    ADD COLUMN settled_on DATE;
