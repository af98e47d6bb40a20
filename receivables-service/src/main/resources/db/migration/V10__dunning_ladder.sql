-- The dunning ladder (issue: collecting as the handbook teaches): what each invoice reached and when the
-- overdue scan next needs to look at it, and the promises to pay. Rebuilt from the event store like the
-- other read models; a rebuild computes next_dunning_on with the configured ladder.
ALTER TABLE invoice_view ADD COLUMN pre_due_sent INT;
ALTER TABLE invoice_view ADD COLUMN dunning_stage TEXT;
ALTER TABLE invoice_view ADD COLUMN next_dunning_on DATE;
ALTER TABLE invoice_view ADD COLUMN paused_until DATE;
-- rows from before the ladder, with the default ladder (1, 15, 30, 60 days; pre-due 7 days before)
UPDATE invoice_view SET dunning_stage = 'FRIENDLY_REMINDER' WHERE dunning_level = 1;
UPDATE invoice_view SET next_dunning_on = CASE
    WHEN due_date IS NULL THEN NULL
    WHEN dunning_level = 0 AND due_date > issue_date THEN greatest(issue_date, due_date - 7)
    WHEN dunning_level = 0 THEN due_date + 1
    WHEN dunning_level = 1 THEN due_date + 15
    WHEN dunning_level = 2 THEN due_date + 30
    WHEN dunning_level = 3 THEN due_date + 60
    ELSE NULL END;
CREATE INDEX invoice_view_next_dunning ON invoice_view (next_dunning_on) WHERE open_amount > 0;

CREATE TABLE promise_view (
    promise_id   TEXT PRIMARY KEY,
    customer_id  TEXT    NOT NULL,
    invoice_ids  TEXT[]  NOT NULL,
    amount       NUMERIC NOT NULL,
    currency     TEXT    NOT NULL,
    promised_for DATE    NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_on  DATE    NOT NULL,
    status       TEXT    NOT NULL,
    paid         NUMERIC,
    judged_on    DATE
);
CREATE INDEX promise_view_customer ON promise_view (customer_id);
CREATE INDEX promise_view_open ON promise_view (promised_for) WHERE status = 'OPEN';
