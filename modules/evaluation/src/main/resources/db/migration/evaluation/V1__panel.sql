-- The monthly status panel and what it is built from. Table prefix eva_. Person ids are the clients
-- module's job seeker ids (no foreign keys into its tables); sources are read only through the
-- views clients publishes (cli_v_person, cli_v_situation, cli_v_custody_history).

-- One row per job that must not run on two instances at once (taken with FOR UPDATE SKIP LOCKED).
CREATE TABLE eva_job_lock (
    name VARCHAR(60) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO eva_job_lock (name) VALUES ('panel'), ('export');

-- Copies of the reference data a build used (from organisations' API), so month queries join a
-- table instead of asking per row. Replaced at the start of every build.
CREATE TABLE eva_municipality (
    code             CHAR(3)     NOT NULL,
    office_key       VARCHAR(40),
    comparison_since DATE,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality's membership of a trial area, valid_to inclusive (null: open).
CREATE TABLE eva_area_membership (
    municipality_code CHAR(3)     NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    area_key          VARCHAR(60) NOT NULL,
    PRIMARY KEY (municipality_code, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Situation intervals [valid_from, valid_to) of a build, bounded by its source version, with the
-- day the current spell of unemployment began (null when the row is no unemployment).
CREATE TABLE eva_stage_situation (
    job_seeker_id        BIGINT      NOT NULL,
    valid_from           DATE        NOT NULL,
    situation_id         BIGINT      NOT NULL,
    valid_to             DATE        NOT NULL,
    labour_market_status VARCHAR(30) NOT NULL,
    unemployment_benefit VARCHAR(30) NOT NULL,
    home_municipality    CHAR(3)     NOT NULL,
    unemployed_since     DATE,
    PRIMARY KEY (job_seeker_id, valid_from, situation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Custody intervals [valid_from, valid_to) of a build.
CREATE TABLE eva_stage_custody (
    job_seeker_id BIGINT      NOT NULL,
    seq           INT         NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE        NOT NULL,
    body_type     VARCHAR(20) NOT NULL,
    body_key      VARCHAR(60) NOT NULL,
    PRIMARY KEY (job_seeker_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The panel: each job seeker registered at a month end, as things stood at the end of that day.
-- Flags follow the panel rules version recorded in eva_panel_month (docs/indicators.md).
CREATE TABLE eva_panel (
    month_end                 DATE        NOT NULL,
    job_seeker_id             BIGINT      NOT NULL,
    body_type                 VARCHAR(20) NOT NULL,
    body_key                  VARCHAR(60) NOT NULL,
    home_municipality         CHAR(3)     NOT NULL,
    municipality_area         VARCHAR(60),
    labour_market_status      VARCHAR(30) NOT NULL,
    unemployment_benefit      VARCHAR(30) NOT NULL,
    unemployed                BOOLEAN     NOT NULL,
    laid_off_full             BOOLEAN     NOT NULL,
    in_services               BOOLEAN     NOT NULL,
    in_training               BOOLEAN     NOT NULL,
    employed_open             BOOLEAN     NOT NULL,
    employed_subsidised       BOOLEAN     NOT NULL,
    in_active_services        BOOLEAN     NOT NULL,
    unemployed_since          DATE,
    unemployment_spell_months INT,
    long_term_unemployed      BOOLEAN     NOT NULL,
    age_band                  VARCHAR(8)  NOT NULL,
    under_30                  BOOLEAN     NOT NULL,
    foreign_language          BOOLEAN     NOT NULL,
    not_earnings_related      BOOLEAN     NOT NULL,
    language_group            VARCHAR(5)  NOT NULL,
    sex                       VARCHAR(6)  NOT NULL,
    PRIMARY KEY (month_end, job_seeker_id),
    KEY eva_panel_body (month_end, body_type, body_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each month the panel holds: the source version and rules it was built with, its row count and
-- fingerprint (so a snapshot can tell whether the panel still is what it exported).
CREATE TABLE eva_panel_month (
    month_end           DATE        NOT NULL,
    rows_count          BIGINT      NOT NULL,
    fingerprint         CHAR(64)    NOT NULL,
    max_job_seeker_id   BIGINT      NOT NULL,
    max_situation_id    BIGINT      NOT NULL,
    max_transfer_id     BIGINT      NOT NULL,
    panel_rules_version INT         NOT NULL,
    built_at            DATETIME(6) NOT NULL,
    PRIMARY KEY (month_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every build, full or of one month, for operations.
CREATE TABLE eva_panel_build (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(10)  NOT NULL,
    first_month  DATE         NOT NULL,
    last_month   DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    months_done  INT          NOT NULL DEFAULT 0,
    rows_written BIGINT       NOT NULL DEFAULT 0,
    requested_by VARCHAR(100) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    heartbeat_at DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6),
    failure      VARCHAR(1000),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
