-- The audit trail: who read or changed whose personal data, when and why.
-- Times are UTC (DATETIME(6), see UtcInstantConverter).
-- Append-only: the triggers below refuse every UPDATE and DELETE, whoever asks.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    actor_role   VARCHAR(30)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    subject_type VARCHAR(50)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    purpose      VARCHAR(200) NOT NULL,
    request_id   VARCHAR(64),
    PRIMARY KEY (id),
    KEY audit_event_subject (subject_type, subject_id, occurred_at),
    KEY audit_event_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
