-- Write-offs (核销坏账) and their reinstatement, rebuilt from the event store like the other read models.
ALTER TABLE invoice_view ADD COLUMN written_off NUMERIC NOT NULL DEFAULT 0;
CREATE TABLE write_off_view (
    write_off_id  TEXT PRIMARY KEY,
    invoice_id    TEXT    NOT NULL,
    customer_id   TEXT    NOT NULL,
    amount        NUMERIC NOT NULL,
    currency      TEXT    NOT NULL,
    written_off_on DATE   NOT NULL,
    reason        TEXT    NOT NULL,
    approved_by   TEXT    NOT NULL,
    reinstated_on DATE,
    reinstated_by TEXT
);
CREATE INDEX write_off_view_invoice ON write_off_view (invoice_id);
