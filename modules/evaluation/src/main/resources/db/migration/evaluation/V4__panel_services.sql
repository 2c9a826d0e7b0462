-- The services module's facts in the panel (docs/indicators.md, panel rules version 2), read only
-- through the views services publishes (svc_v_service_period, svc_v_plan, svc_v_appointment), and
-- what the nightly build needs to rebuild only the people whose sources changed.

-- Service periods, plans and appointments of a build (copies of the views, indexed for the month
-- queries). Replaced at every staging.
CREATE TABLE eva_stage_service (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    job_seeker_id  BIGINT      NOT NULL,
    service_code   VARCHAR(40) NOT NULL,
    active_service BOOLEAN     NOT NULL,
    status         VARCHAR(20) NOT NULL,
    start_date     DATE        NOT NULL,
    end_date       DATE,
    PRIMARY KEY (id),
    KEY eva_stage_service_person (job_seeker_id, start_date),
    KEY eva_stage_service_end (end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE eva_stage_plan (
    job_seeker_id BIGINT      NOT NULL,
    plan_id       BIGINT      NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    valid_from    DATE        NOT NULL,
    review_due    DATE        NOT NULL,
    PRIMARY KEY (plan_id),
    KEY eva_stage_plan_person (job_seeker_id, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE eva_stage_appointment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT      NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    due_on        DATE        NOT NULL,
    held_on       DATE,
    PRIMARY KEY (id),
    KEY eva_stage_appointment_due (due_on),
    KEY eva_stage_appointment_held (job_seeker_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A custody interval's day of entry (the transfer's day, or registration for the first body) and
-- the first day after it on which an interview or discussion was held.
ALTER TABLE eva_stage_custody
    ADD COLUMN entered_on DATE NULL,
    ADD COLUMN first_appointment_on DATE NULL;

-- The panel's new columns (rules version 2). Months built by version 1 are rebuilt in full.
ALTER TABLE eva_panel
    ADD COLUMN in_active_service_period     BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN active_service_code          VARCHAR(40) NULL,
    ADD COLUMN plan_valid                   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN interviews_due               INT         NOT NULL DEFAULT 0,
    ADD COLUMN interviews_on_time           INT         NOT NULL DEFAULT 0,
    ADD COLUMN initial_interviews_due       INT         NOT NULL DEFAULT 0,
    ADD COLUMN initial_interviews_on_time   INT         NOT NULL DEFAULT 0,
    ADD COLUMN days_to_first_appointment    INT         NULL,
    ADD COLUMN service_ended_3m_before      BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN open_employment_3m_after     BOOLEAN     NULL,
    ADD COLUMN service_ended_6m_before      BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN open_employment_6m_after     BOOLEAN     NULL;

-- A month's fingerprint parts (the sum and exclusive-or of every row's CRC), so that replacing the
-- rows of some people updates the fingerprint without reading the whole month again, and a digest
-- of the trial-area memberships it was built with (a month built with others is built whole).
ALTER TABLE eva_panel_month
    ADD COLUMN crc_sum          DECIMAL(38, 0)  NULL,
    ADD COLUMN crc_xor          BIGINT UNSIGNED NULL,
    ADD COLUMN reference_digest CHAR(64)        NULL;

-- Per person, a digest of every source row the panel reads of them: source_digest as staged now,
-- built_digest as the panel's rows were last built (a full or an incremental build). The nightly
-- build rebuilds the rows of the people whose two digests differ.
CREATE TABLE eva_person_digest (
    job_seeker_id BIGINT NOT NULL,
    source_digest BIGINT NULL,
    built_digest  BIGINT NULL,
    PRIMARY KEY (job_seeker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people a nightly build replaces the rows of (those whose digests differ). Filled and emptied
-- by each build.
CREATE TABLE eva_panel_changed (
    job_seeker_id BIGINT NOT NULL,
    PRIMARY KEY (job_seeker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
