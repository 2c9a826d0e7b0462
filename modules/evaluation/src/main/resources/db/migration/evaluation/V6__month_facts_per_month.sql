-- A build writes several months at once (evaluation.panel.workers), so each month's services facts
-- are kept under its month end: a month replaces only its own rows of eva_stage_month_facts. The
-- table holds nothing between builds, so it is made again.
DROP TABLE eva_stage_month_facts;

CREATE TABLE eva_stage_month_facts (
    month_end            DATE        NOT NULL,
    job_seeker_id        BIGINT      NOT NULL,
    active_service_code  VARCHAR(40) NULL,
    interviews_due       INT         NOT NULL DEFAULT 0,
    interviews_on_time   INT         NOT NULL DEFAULT 0,
    initial_due          INT         NOT NULL DEFAULT 0,
    initial_on_time      INT         NOT NULL DEFAULT 0,
    service_ended_3m     DATE        NULL,
    service_ended_6m     DATE        NULL,
    PRIMARY KEY (month_end, job_seeker_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
