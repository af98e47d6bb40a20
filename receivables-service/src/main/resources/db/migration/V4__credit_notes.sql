-- Credit notes (红字发票, 扣款), rebuilt from the event store like the other read models: what each
-- reduced on its invoice (applied) and what it added to the customer's credit balance (to_credit).
CREATE TABLE credit_note_view (
    credit_note_id TEXT PRIMARY KEY,
    customer_id    TEXT    NOT NULL,
    invoice_id     TEXT,
    amount         NUMERIC NOT NULL,
    currency       TEXT    NOT NULL,
    issue_date     DATE    NOT NULL,
    reason         TEXT    NOT NULL,
    complaint_id   TEXT,
    applied        NUMERIC NOT NULL,
    to_credit      NUMERIC NOT NULL
);
CREATE INDEX credit_note_view_customer ON credit_note_view (customer_id);
CREATE INDEX credit_note_view_invoice ON credit_note_view (invoice_id) WHERE invoice_id IS NOT NULL;
