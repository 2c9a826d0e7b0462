-- As-of snapshots of the panel and the pseudonymised research exports made from them.

-- A snapshot: the panel as it stood, by its data version (the highest source ids it was built
-- from), rules and indicator versions, and each month's row count and fingerprint. Its checksum is
-- the SHA-256 of all of these; an export of the snapshot refuses to run on a panel that differs.
CREATE TABLE eva_snapshot (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    created_at          DATETIME(6) NOT NULL,
    max_job_seeker_id   BIGINT      NOT NULL,
    max_situation_id    BIGINT      NOT NULL,
    max_transfer_id     BIGINT      NOT NULL,
    panel_rules_version INT         NOT NULL,
    indicator_version   INT         NOT NULL,
    first_month         DATE        NOT NULL,
    last_month          DATE        NOT NULL,
    rows_count          BIGINT      NOT NULL,
    checksum            CHAR(64)    NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE eva_snapshot_month (
    snapshot_id BIGINT   NOT NULL,
    month_end   DATE     NOT NULL,
    rows_count  BIGINT   NOT NULL,
    fingerprint CHAR(64) NOT NULL,
    PRIMARY KEY (snapshot_id, month_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An export of a snapshot (set once the export is claimed and the panel is up to date) for one
-- research project, with one key (by id) for its pseudonyms.
-- scheduled_for is the night of a scheduled export (unique: one export a night, whichever instance
-- claims it); null for exports on demand. The checkpoint is the last month whose file is complete,
-- written in the same transaction as that month's progress, so a restart resumes after it.
CREATE TABLE eva_export (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    snapshot_id      BIGINT,
    project          VARCHAR(100)  NOT NULL,
    key_id           VARCHAR(60)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    scheduled_for    DATE,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    started_at       DATETIME(6),
    heartbeat_at     DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6),
    directory        VARCHAR(1000) NOT NULL,
    months_total     INT           NOT NULL DEFAULT 0,
    months_done      INT           NOT NULL DEFAULT 0,
    rows_total       BIGINT        NOT NULL DEFAULT 0,
    rows_written     BIGINT        NOT NULL DEFAULT 0,
    checkpoint_month DATE,
    execution_id     BIGINT,
    failure          VARCHAR(1000),
    files_deleted    BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY eva_export_night (scheduled_for),
    KEY eva_export_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The files of an export, with what the manifest says of each.
CREATE TABLE eva_export_file (
    export_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    rows_count BIGINT,
    bytes      BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    PRIMARY KEY (export_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: every export requested, completed, failed, downloaded (file by file, by whom)
-- and deleted under the retention rule.
CREATE TABLE eva_export_delivery (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    export_id BIGINT        NOT NULL,
    at        DATETIME(6)   NOT NULL,
    actor     VARCHAR(100)  NOT NULL,
    event     VARCHAR(20)   NOT NULL,
    file_name VARCHAR(100),
    detail    VARCHAR(1000),
    PRIMARY KEY (id),
    KEY eva_export_delivery_export (export_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
