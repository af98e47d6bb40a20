-- Every call-back, with the time it was due by (its carrying out's), for the SLA and satisfaction figures.
CREATE TABLE complaint_callback (
    complaint_id TEXT        NOT NULL,
    cycle        INT         NOT NULL, -- 1, and one more after each reopening
    attempt      INT         NOT NULL,
    reached      BOOLEAN     NOT NULL,
    satisfied    BOOLEAN,
    called_at    TIMESTAMPTZ NOT NULL,
    due_at       TIMESTAMPTZ,
    PRIMARY KEY (complaint_id, cycle, attempt)
);
CREATE INDEX complaint_view_logged ON complaint_view (logged_at);
