-- The complaint's register form and its workflow (assignment to closing), in the read model.
ALTER TABLE complaint_view
    ADD COLUMN severity          TEXT NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN contact_person    TEXT,
    ADD COLUMN product           JSONB,
    ADD COLUMN used_on           DATE,
    ADD COLUMN what_happened     TEXT,
    ADD COLUMN customer_wish     TEXT,
    ADD COLUMN delivery_refs     JSONB,
    ADD COLUMN handler           TEXT,
    ADD COLUMN assigned_at       TIMESTAMPTZ,
    ADD COLUMN dispatch_due      TIMESTAMPTZ,
    ADD COLUMN dispatch_overdue  BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN findings          TEXT,
    ADD COLUMN root_cause        TEXT,
    ADD COLUMN remedy            TEXT,
    ADD COLUMN remedy_amount     NUMERIC,
    ADD COLUMN remedy_currency   TEXT,
    ADD COLUMN remedy_note       TEXT,
    ADD COLUMN approval_needed   BOOLEAN,
    ADD COLUMN approved_by       TEXT,
    ADD COLUMN accepted_by       TEXT,
    ADD COLUMN credit_note_id    TEXT,
    ADD COLUMN carried_out_at    TIMESTAMPTZ,
    ADD COLUMN callback_due      TIMESTAMPTZ,
    ADD COLUMN callback_attempts INT NOT NULL DEFAULT 0,
    ADD COLUMN satisfied         BOOLEAN,
    ADD COLUMN reopened          INT NOT NULL DEFAULT 0,
    ADD COLUMN closed_at         TIMESTAMPTZ;

-- what the dispatch watch looks for: logged, not yet taken, not yet flagged
CREATE INDEX complaint_view_dispatch ON complaint_view (dispatch_due) WHERE status = 'LOGGED' AND NOT dispatch_overdue;
CREATE INDEX complaint_view_status ON complaint_view (status);
