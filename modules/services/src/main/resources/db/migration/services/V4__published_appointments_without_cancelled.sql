-- A cancelled appointment is not due: the evaluation reads only the appointments that stand (the
-- case history keeps the cancelled ones in svc_appointment).
CREATE OR REPLACE VIEW svc_v_appointment AS
SELECT job_seeker_id, kind, due_on, held_on FROM svc_appointment WHERE cancelled_at IS NULL;
