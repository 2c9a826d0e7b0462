-- A cancelled appointment stays in the case history: when, by whom and why it was cancelled. It
-- leaves the worklists and the open appointments; it is never deleted (not even when the schedule
-- is redrawn after a plan).
ALTER TABLE svc_appointment
    ADD COLUMN cancelled_at        DATETIME(6),
    ADD COLUMN cancelled_by        VARCHAR(100),
    ADD COLUMN cancellation_reason VARCHAR(500);
