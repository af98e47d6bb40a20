-- A dispute above the confirmation threshold awaits a credit manager (status UNCONFIRMED), and each has a review date.
-- Disputes from before carry none: they are confirmed (OPEN) and due for review.
ALTER TABLE dispute_view ADD COLUMN review_by DATE;
ALTER TABLE dispute_view ADD COLUMN confirmed_by TEXT;
ALTER TABLE dispute_view ADD COLUMN confirmed_on DATE;
CREATE INDEX dispute_view_review ON dispute_view (review_by) WHERE status <> 'RESOLVED';
