-- Employment services for customers (domain.md, "Service obligations"): the service catalogue,
-- plans and their versions, service periods, interviews and discussions, job-application reports,
-- reminders and benefit statements, case notes. Table prefix svc_. Job seekers are referred to by
-- the clients module's id and bodies by organisations' keys: plain columns, no foreign key leaves
-- the module. Views svc_v_* are published for evaluation (see the package-info of services).

-- The service catalogue: configurable rows, names in Finnish, Swedish and English. active_service
-- marks the services that count as active in the activation rate; available = offered for new periods.
CREATE TABLE svc_service (
    code           VARCHAR(40)  NOT NULL,
    name_fi        VARCHAR(200) NOT NULL,
    name_sv        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    active_service BOOLEAN      NOT NULL,
    available      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order     INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO svc_service (code, name_fi, name_sv, name_en, active_service, sort_order) VALUES
('PAY_SUBSIDY', 'Palkkatuki', 'Lönesubvention', 'Pay subsidy', TRUE, 10),
('WORK_TRIAL', 'Työkokeilu', 'Arbetsprövning', 'Work trial', TRUE, 20),
('TRAINING_TRIAL', 'Koulutuskokeilu', 'Utbildningsprövning', 'Training trial', TRUE, 30),
('LABOUR_MARKET_TRAINING', 'Työvoimakoulutus', 'Arbetskraftsutbildning', 'Labour-market training', TRUE, 40),
('COACHING', 'Valmennus', 'Coachning', 'Coaching', TRUE, 50),
('SELF_MOTIVATED_STUDY', 'Omaehtoinen opiskelu työttömyysetuudella', 'Frivilliga studier med arbetslöshetsförmån',
 'Self-motivated study on unemployment benefit', TRUE, 60),
('REHABILITATIVE_WORK', 'Kuntouttava työtoiminta', 'Arbetsverksamhet i rehabiliteringssyfte',
 'Rehabilitative work activity', TRUE, 70),
('START_UP_GRANT', 'Starttiraha', 'Startpeng', 'Start-up grant', TRUE, 80),
('INTEGRATION_TRAINING', 'Kotoutumiskoulutus', 'Integrationsutbildning', 'Integration training', TRUE, 90),
('JOB_ALTERNATION', 'Vuorottelusijaisuus', 'Alterneringsvikariat', 'Job-alternation substitute placement', TRUE, 100),
('MULTISECTORAL_JOINT_SERVICE', 'Työllistymistä edistävä monialainen yhteispalvelu (TYP)',
 'Sektorsövergripande samservice som främjar sysselsättning (TYP)', 'Multisectoral joint service (TYP)', FALSE, 110);

-- A plan of one customer: employment, activation, integration or multisectoral joint (TYP) plan.
-- The plan row points at its latest version; versions are never changed, so every earlier
-- version stays readable. origin_* is the body that made the first version (an office plan stays
-- binding after a transfer until the receiving area reviews it). version is the optimistic lock.
CREATE TABLE svc_plan (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    job_seeker_id  BIGINT      NOT NULL,
    kind           VARCHAR(30) NOT NULL,
    origin_type    VARCHAR(20) NOT NULL,
    origin_key     VARCHAR(60) NOT NULL,
    latest_version INT         NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY svc_plan_job_seeker (job_seeker_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version of a plan, whole. made_by_* is the body whose staff made the version. The
-- job-application obligation (Nordic model, from 2.5.2022) is stored as the rules resolved it:
-- applications per period of period_months months from obligation_starts_on, with the basis and,
-- when lowered, the recorded reason. review_due is the day the plan is next to be reviewed.
CREATE TABLE svc_plan_version (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id                 BIGINT        NOT NULL,
    version_number          INT           NOT NULL,
    job_seeker_id           BIGINT        NOT NULL,
    agreed_on               DATE          NOT NULL,
    review_due              DATE          NOT NULL,
    made_by_type            VARCHAR(20)   NOT NULL,
    made_by_key             VARCHAR(60)   NOT NULL,
    regime                  VARCHAR(30)   NOT NULL,
    agreed_actions          VARCHAR(4000) NOT NULL,
    work_situation          VARCHAR(30),
    layoff_started_on       DATE,
    applications_per_period INT,
    period_months           INT,
    obligation_starts_on    DATE,
    obligation_basis        VARCHAR(40),
    reduction_reason        VARCHAR(1000),
    recorded_by             VARCHAR(100)  NOT NULL,
    recorded_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY svc_plan_version_once (plan_id, version_number),
    KEY svc_plan_version_job_seeker (job_seeker_id, agreed_on),
    CONSTRAINT svc_plan_version_plan FOREIGN KEY (plan_id) REFERENCES svc_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A customer's period in a service of the catalogue, with the provider and where it stands.
CREATE TABLE svc_service_period (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT       NOT NULL,
    service_code  VARCHAR(40)  NOT NULL,
    provider      VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY svc_service_period_job_seeker (job_seeker_id),
    KEY svc_service_period_ending (status, end_date),
    CONSTRAINT svc_service_period_service FOREIGN KEY (service_code) REFERENCES svc_service (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Interviews and discussions: due_on is the last day on which the meeting is on time, held_on the
-- day it took place. source SCHEDULE rows come from the interview schedule of the rule regime in
-- force and are regenerated (if not yet held) when a plan is made or updated; MANUAL rows are staff's.
CREATE TABLE svc_appointment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    sequence_no   INT          NOT NULL,
    regime        VARCHAR(30)  NOT NULL,
    due_on        DATE         NOT NULL,
    held_on       DATE,
    source        VARCHAR(10)  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY svc_appointment_job_seeker (job_seeker_id, due_on),
    KEY svc_appointment_open (held_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Job applications a customer reported for a calendar month (month = its first day); one row per
-- month, a later report for the month replaces the number.
CREATE TABLE svc_application_report (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT       NOT NULL,
    month         DATE         NOT NULL,
    applications  INT          NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY svc_application_report_month (job_seeker_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a neglected review period of the job-application obligation led to: a reminder, or a
-- statement to Kela or the unemployment fund of days without benefit (NeglectLadder), with its
-- generated text. One row per customer and neglected period. sent_at empty = still to be sent
-- (an obligation follow-up on the worklist).
CREATE TABLE svc_benefit_statement (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    job_seeker_id        BIGINT        NOT NULL,
    plan_id              BIGINT        NOT NULL,
    period_start         DATE          NOT NULL,
    period_end           DATE          NOT NULL,
    required_count       INT           NOT NULL,
    reported_count       INT           NOT NULL,
    neglect_number       INT           NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    days_without_benefit INT           NOT NULL,
    benefit_type         VARCHAR(40),
    addressed_to         VARCHAR(30),
    language             VARCHAR(5)    NOT NULL,
    text                 VARCHAR(4000) NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    sent_at              DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY svc_benefit_statement_period (job_seeker_id, period_end),
    KEY svc_benefit_statement_unsent (sent_at, period_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Free-text notes of staff on a customer, by topic. Never rendered unescaped.
CREATE TABLE svc_case_note (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT        NOT NULL,
    topic         VARCHAR(20)   NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    written_by    VARCHAR(100)  NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY svc_case_note_job_seeker (job_seeker_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Views for evaluation: no names, no identity codes, no free text.
CREATE VIEW svc_v_service_period AS
SELECT p.job_seeker_id, p.service_code, s.active_service, p.status, p.start_date, p.end_date
FROM svc_service_period p JOIN svc_service s ON s.code = p.service_code;

CREATE VIEW svc_v_plan AS
SELECT p.job_seeker_id, p.id AS plan_id, p.kind, v.version_number, v.agreed_on AS valid_from, v.review_due,
       v.regime, v.made_by_type, v.made_by_key
FROM svc_plan p JOIN svc_plan_version v ON v.plan_id = p.id AND v.version_number = p.latest_version;

CREATE VIEW svc_v_appointment AS
SELECT job_seeker_id, kind, due_on, held_on FROM svc_appointment;

CREATE VIEW svc_v_application_report AS
SELECT job_seeker_id, month, applications FROM svc_application_report;
