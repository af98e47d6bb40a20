-- One letter per customer and step (pre-due note, friendly, firm, final notice): the invoices each letter is about.
-- Kept by the receivables.v1 consumer like open_invoice (facts of another service), not rebuilt from our store.
-- An invoice's step is in exactly one letter (the primary key), whatever the redeliveries.
CREATE TABLE letter_item (
    invoice_id      TEXT  NOT NULL,
    step            TEXT  NOT NULL,
    notification_id TEXT  NOT NULL,
    customer_id     TEXT  NOT NULL,
    details         JSONB NOT NULL,
    PRIMARY KEY (invoice_id, step)
);
CREATE INDEX letter_item_notification ON letter_item (notification_id);
-- what a letter shows is what is open, not disputed and not promised when it goes out
ALTER TABLE open_invoice ADD COLUMN disputed NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE open_invoice ADD COLUMN open_promises INT NOT NULL DEFAULT 0;
