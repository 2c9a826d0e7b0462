-- Break-glass: a manager opened a customer's record outside their scope, giving a written reason.
-- Each row points at the audit event it explains and waits for an administrator's review. Only the
-- review columns may ever change, and a row is never deleted.
CREATE TABLE audit_break_glass (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    audit_event_id BIGINT        NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    reviewed_by    VARCHAR(100),
    reviewed_at    DATETIME(6),
    review_note    VARCHAR(1000),
    PRIMARY KEY (id),
    UNIQUE KEY audit_break_glass_event (audit_event_id),
    KEY audit_break_glass_open (reviewed_at, id),
    CONSTRAINT audit_break_glass_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_break_glass_review_only BEFORE UPDATE ON audit_break_glass FOR EACH ROW
BEGIN
    IF NEW.audit_event_id <> OLD.audit_event_id OR NEW.reason <> OLD.reason OR OLD.reviewed_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_break_glass: only an open row may be reviewed, once';
    END IF;
END;

CREATE TRIGGER audit_break_glass_no_delete BEFORE DELETE ON audit_break_glass FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_break_glass rows are never deleted';
