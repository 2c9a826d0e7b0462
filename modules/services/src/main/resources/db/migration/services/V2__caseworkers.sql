-- The responsible caseworker of a customer within the trial area responsible for them. Effective
-- dated and never overwritten: every assignment is a new row, numbered per customer (seq 1, 2, ...);
-- the latest row is in force while its area is still the customer's responsible area and it began
-- on or after the day that area took the customer over. seq is also the optimistic version: an
-- assignment names the seq it saw, and the unique key refuses a second assignment made
-- concurrently on the same version. caseworker is a staff account name of the organisations module
-- (a plain column, no foreign key leaves the module).
CREATE TABLE svc_caseworker_assignment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    job_seeker_id BIGINT       NOT NULL,
    seq           INT          NOT NULL,
    area_key      VARCHAR(60)  NOT NULL,
    caseworker    VARCHAR(100) NOT NULL,
    since         DATE         NOT NULL,
    assigned_by   VARCHAR(100) NOT NULL,
    assigned_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY svc_caseworker_assignment_once (job_seeker_id, seq),
    KEY svc_caseworker_assignment_caseworker (area_key, caseworker)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per nightly job that one instance of a cluster claims per day: taken with
-- SELECT ... FOR UPDATE SKIP LOCKED, and last_run_on says which day's run has been claimed, so an
-- instance whose timer fires later the same night skips as well.
CREATE TABLE svc_job_lock (
    name        VARCHAR(60)  NOT NULL,
    last_run_on DATE,
    claimed_by  VARCHAR(200),
    claimed_at  DATETIME(6),
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO svc_job_lock (name) VALUES ('obligation-review');
