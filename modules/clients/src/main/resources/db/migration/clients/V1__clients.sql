-- Job seekers, their situation over time, the target-group rule versions, and custody: which body
-- is responsible for each customer, every transfer between bodies, orders waiting to be carried
-- out, bulk transfer runs and imports. Table prefix cli_. Area, office and municipality keys are
-- plain columns (no foreign keys into organisations' tables); organisations' API validates them.

-- The registry. The identity code is compared byte by byte (ascii_bin): the century sign is part
-- of the identity, so 010190-999W and 010190Y999W are two people. The situation columns repeat
-- the latest row of cli_situation, for lists and searches.
CREATE TABLE cli_job_seeker (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    personal_identity_code VARCHAR(11)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    first_name             VARCHAR(100) NOT NULL,
    last_name              VARCHAR(100) NOT NULL,
    birth_date             DATE         NOT NULL,
    sex                    VARCHAR(6)   NOT NULL,
    mother_tongue          CHAR(3)      NOT NULL,
    immigrant              BOOLEAN      NOT NULL,
    education_level        TINYINT,
    email                  VARCHAR(200),
    phone                  VARCHAR(40),
    street_address         VARCHAR(200),
    postal_code            VARCHAR(10),
    post_office            VARCHAR(100),
    registered_on          DATE         NOT NULL,
    home_municipality      CHAR(3)      NOT NULL,
    labour_market_status   VARCHAR(30)  NOT NULL,
    unemployment_benefit   VARCHAR(30)  NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY cli_job_seeker_code (personal_identity_code),
    KEY cli_job_seeker_name (last_name, first_name),
    KEY cli_job_seeker_first_name (first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Effective-dated history of what the rules read, never overwritten: each row is the whole
-- situation from its day until the next row's. Several rows on one day: the highest id wins.
CREATE TABLE cli_situation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    job_seeker_id        BIGINT       NOT NULL,
    effective_from       DATE         NOT NULL,
    labour_market_status VARCHAR(30)  NOT NULL,
    unemployment_benefit VARCHAR(30)  NOT NULL,
    home_municipality    CHAR(3)      NOT NULL,
    exclusion_item       TINYINT,
    source               VARCHAR(20)  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL,
    recorded_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY cli_situation_on_day (job_seeker_id, effective_from, id),
    CONSTRAINT cli_situation_job_seeker FOREIGN KEY (job_seeker_id) REFERENCES cli_job_seeker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Target-group rule versions (Act 1269/2020 § 4), as data: a decision names the version it used,
-- so "who was in the target group under version N on day D" can be replayed.
CREATE TABLE cli_rule_version (
    version                INT           NOT NULL,
    valid_from             DATE          NOT NULL,
    valid_to               DATE,
    legal_basis            VARCHAR(200)  NOT NULL,
    age_limit              INT           NOT NULL,
    qualifying_statuses    VARCHAR(400)  NOT NULL,
    disqualifying_benefits VARCHAR(200)  NOT NULL,
    domestic_languages     VARCHAR(200)  NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cli_rule_version (version, valid_from, valid_to, legal_basis, age_limit, qualifying_statuses,
                              disqualifying_benefits, domestic_languages, description)
VALUES (1, '2021-03-01', NULL, 'Act 1269/2020 § 4', 30,
        'UNEMPLOYED,LAID_OFF_FULL,LAID_OFF_PARTIAL,IN_SERVICE,SUBSIDISED_WORK',
        'EARNINGS_RELATED',
        'fin,swe,sme,smn,sms,smi,sma,smj',
        'Home municipality in a trial area on the day; unemployed, laid off, in employment services or in subsidised work; and not entitled to earnings-related allowance, or under 30, or an immigrant or speaker of a mother tongue other than Finnish, Swedish or Sami.');

-- Who is responsible for each customer now: one row per job seeker, changed only together with a
-- cli_transfer row. discretion is set while a body holds the customer by a discretionary decision
-- (kept at the office or returned, Act 1269/2020 § 5), which the rules then leave alone.
CREATE TABLE cli_custody (
    job_seeker_id BIGINT      NOT NULL,
    body_type     VARCHAR(20) NOT NULL,
    body_key      VARCHAR(60) NOT NULL,
    since         DATE        NOT NULL,
    discretion    VARCHAR(40),
    PRIMARY KEY (job_seeker_id),
    KEY cli_custody_body (body_type, body_key, job_seeker_id),
    CONSTRAINT cli_custody_job_seeker FOREIGN KEY (job_seeker_id) REFERENCES cli_job_seeker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of custody. The unique key makes a transfer idempotent: the same person, day and
-- legal basis never get a second row, so a repeated or restarted run adds nothing.
CREATE TABLE cli_transfer (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    job_seeker_id          BIGINT        NOT NULL,
    from_type              VARCHAR(20)   NOT NULL,
    from_key               VARCHAR(60)   NOT NULL,
    to_type                VARCHAR(20)   NOT NULL,
    to_key                 VARCHAR(60)   NOT NULL,
    effective_date         DATE          NOT NULL,
    legal_basis            VARCHAR(30)   NOT NULL,
    discretionary_reason   VARCHAR(40),
    explanation            VARCHAR(1000),
    rule_version           INT,
    matched_criteria       VARCHAR(200),
    actor                  VARCHAR(100)  NOT NULL,
    transfer_run_id        BIGINT,
    transfer_order_id      BIGINT,
    customer_notification  VARCHAR(10)   NOT NULL,
    customer_notified_at   DATETIME(6),
    receiving_notification VARCHAR(10)   NOT NULL,
    receiving_notified_at  DATETIME(6),
    recorded_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY cli_transfer_once (job_seeker_id, effective_date, legal_basis),
    KEY cli_transfer_run (transfer_run_id),
    KEY cli_transfer_receiver (to_type, to_key, effective_date),
    CONSTRAINT cli_transfer_job_seeker FOREIGN KEY (job_seeker_id) REFERENCES cli_job_seeker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transfers waiting for something: ENTRY orders wait for their deadline (7 days, Act 1269/2020
-- § 5) or for office staff; CONSENT orders wait for the receiving trial area's consent.
CREATE TABLE cli_transfer_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    job_seeker_id        BIGINT        NOT NULL,
    kind                 VARCHAR(10)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    from_type            VARCHAR(20)   NOT NULL,
    from_key             VARCHAR(60)   NOT NULL,
    to_type              VARCHAR(20)   NOT NULL,
    to_key               VARCHAR(60)   NOT NULL,
    change_date          DATE          NOT NULL,
    deadline             DATE,
    rule_version         INT,
    matched_criteria     VARCHAR(200),
    discretionary_reason VARCHAR(40),
    explanation          VARCHAR(1000),
    requested_by         VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    resolved_by          VARCHAR(100),
    resolved_at          DATETIME(6),
    resolution_note      VARCHAR(1000),
    transfer_id          BIGINT,
    PRIMARY KEY (id),
    KEY cli_transfer_order_worklist (status, from_type, from_key, deadline),
    KEY cli_transfer_order_receiver (status, to_type, to_key),
    KEY cli_transfer_order_person (job_seeker_id, status),
    CONSTRAINT cli_transfer_order_job_seeker FOREIGN KEY (job_seeker_id) REFERENCES cli_job_seeker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bulk transfer runs. The checkpoint (last_job_seeker_id), progress and counts are written in the
-- same transaction as each chunk's transfers, so a run resumes exactly where its last committed
-- chunk ended, whatever became of the batch runtime's own job repository.
CREATE TABLE cli_transfer_run (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    effective_date     DATE          NOT NULL,
    trial_area         VARCHAR(60),
    dry_run            BOOLEAN       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    total              BIGINT        NOT NULL DEFAULT 0,
    processed          BIGINT        NOT NULL DEFAULT 0,
    last_job_seeker_id BIGINT        NOT NULL DEFAULT 0,
    requested_by       VARCHAR(100)  NOT NULL,
    requested_role     VARCHAR(30)   NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    started_at         DATETIME(6),
    heartbeat_at       DATETIME(6),
    finished_at        DATETIME(6),
    execution_id       BIGINT,
    failure            VARCHAR(1000),
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counts of a run by receiving area, receiving office, legal basis and matched criterion.
CREATE TABLE cli_transfer_run_count (
    transfer_run_id BIGINT      NOT NULL,
    dimension       VARCHAR(10) NOT NULL,
    count_key       VARCHAR(60) NOT NULL,
    count_value     BIGINT      NOT NULL,
    PRIMARY KEY (transfer_run_id, dimension, count_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a run transfers (a dry run: would transfer), listed by receiving body for the preview.
CREATE TABLE cli_transfer_run_item (
    transfer_run_id  BIGINT       NOT NULL,
    job_seeker_id    BIGINT       NOT NULL,
    from_type        VARCHAR(20)  NOT NULL,
    from_key         VARCHAR(60)  NOT NULL,
    to_type          VARCHAR(20)  NOT NULL,
    to_key           VARCHAR(60)  NOT NULL,
    legal_basis      VARCHAR(30)  NOT NULL,
    rule_version     INT,
    matched_criteria VARCHAR(200),
    PRIMARY KEY (transfer_run_id, job_seeker_id),
    KEY cli_transfer_run_item_receiver (transfer_run_id, to_type, to_key, job_seeker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Imports of employment-office customer extracts, and every row they refused.
CREATE TABLE cli_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    status       VARCHAR(20)  NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6),
    lines_read   BIGINT       NOT NULL DEFAULT 0,
    inserted     BIGINT       NOT NULL DEFAULT 0,
    updated      BIGINT       NOT NULL DEFAULT 0,
    unchanged    BIGINT       NOT NULL DEFAULT 0,
    rejected     BIGINT       NOT NULL DEFAULT 0,
    failure      VARCHAR(1000),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A refused row's reason is kept as a message key and its argument, and read in the reader's language.
CREATE TABLE cli_import_error (
    import_id BIGINT       NOT NULL,
    line      BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    field     VARCHAR(60)  NOT NULL,
    code      VARCHAR(100) NOT NULL,
    argument  VARCHAR(200),
    PRIMARY KEY (import_id, line, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per job that must not run on two instances at once (taken with FOR UPDATE SKIP LOCKED).
CREATE TABLE cli_job_lock (
    name VARCHAR(60) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cli_job_lock (name) VALUES ('due-transfer-orders');
