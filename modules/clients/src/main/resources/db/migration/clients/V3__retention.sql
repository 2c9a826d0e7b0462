-- Retention (docs/security.md): a former customer's identifying details are removed after the
-- retention period; the row, its situation history and custody stay so that aggregates and
-- evaluation snapshots stay valid. anonymised_at says when.
ALTER TABLE cli_job_seeker ADD COLUMN anonymised_at DATETIME(6);

INSERT INTO cli_job_lock (name) VALUES ('retention');
