-- The good-practice library: practices a trial area publishes for the others to read, and which
-- other areas took them up (so the ministry sees what spreads). Tags are kept as one lower-case,
-- comma-separated list with a comma at each end (",youth,coaching,"), so a tag matches exactly.
CREATE TABLE org_good_practice (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    area_key      VARCHAR(60)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   TEXT          NOT NULL,
    target_group  VARCHAR(500),
    services_used VARCHAR(1000),
    results       TEXT,
    contact_name  VARCHAR(200),
    contact_email VARCHAR(200),
    tags          VARCHAR(1000) NOT NULL DEFAULT ',',
    language      VARCHAR(3)    NOT NULL,
    published_by  VARCHAR(100)  NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY org_good_practice_area (area_key, published_at),
    KEY org_good_practice_published (published_at),
    CONSTRAINT org_good_practice_area FOREIGN KEY (area_key) REFERENCES org_trial_area (area_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An area that took up another area's practice; once per area and practice.
CREATE TABLE org_good_practice_adoption (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    practice_id BIGINT        NOT NULL,
    area_key    VARCHAR(60)   NOT NULL,
    adopted_on  DATE          NOT NULL,
    note        VARCHAR(1000),
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY org_good_practice_adoption_unique (practice_id, area_key),
    KEY org_good_practice_adoption_area (area_key),
    CONSTRAINT org_good_practice_adoption_practice FOREIGN KEY (practice_id) REFERENCES org_good_practice (id) ON DELETE CASCADE,
    CONSTRAINT org_good_practice_adoption_area FOREIGN KEY (area_key) REFERENCES org_trial_area (area_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
