-- Employment offices, municipalities, trial areas and their membership over time, staff accounts.
-- Table prefix org_. Codes and keys are the identifiers other modules hold (no foreign keys reach
-- into these tables from other modules).

CREATE TABLE org_employment_office (
    office_key VARCHAR(40)  NOT NULL,
    name_fi    VARCHAR(200) NOT NULL,
    name_sv    VARCHAR(200),
    PRIMARY KEY (office_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_municipality (
    code             CHAR(3)      NOT NULL,
    name_fi          VARCHAR(100) NOT NULL,
    name_sv          VARCHAR(100),
    office_key       VARCHAR(40),
    comparison_since DATE,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    CONSTRAINT org_municipality_office FOREIGN KEY (office_key) REFERENCES org_employment_office (office_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_trial_area (
    area_key           VARCHAR(60)   NOT NULL,
    name_fi            VARCHAR(200)  NOT NULL,
    name_sv            VARCHAR(200),
    lead_municipality  CHAR(3),
    starts_on          DATE          NOT NULL,
    ends_on            DATE,
    status             VARCHAR(20)   NOT NULL,
    owner_organisation VARCHAR(200),
    budget_eur         DECIMAL(14, 2),
    contact_name       VARCHAR(200),
    contact_email      VARCHAR(200),
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (area_key),
    CONSTRAINT org_trial_area_lead FOREIGN KEY (lead_municipality) REFERENCES org_municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality belongs to at most one trial area at a time (checked when a membership is added).
CREATE TABLE org_area_membership (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    area_key          VARCHAR(60) NOT NULL,
    municipality_code CHAR(3)     NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE,
    version           BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY org_area_membership_unique (area_key, municipality_code, valid_from),
    KEY org_area_membership_municipality (municipality_code, valid_from),
    CONSTRAINT org_area_membership_area FOREIGN KEY (area_key) REFERENCES org_trial_area (area_key),
    CONSTRAINT org_area_membership_municipality FOREIGN KEY (municipality_code) REFERENCES org_municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_staff_account (
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    office_key    VARCHAR(40),
    language      VARCHAR(5)   NOT NULL DEFAULT 'fi',
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT org_staff_account_office FOREIGN KEY (office_key) REFERENCES org_employment_office (office_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_staff_area (
    username VARCHAR(100) NOT NULL,
    area_key VARCHAR(60)  NOT NULL,
    PRIMARY KEY (username, area_key),
    CONSTRAINT org_staff_area_account FOREIGN KEY (username) REFERENCES org_staff_account (username),
    CONSTRAINT org_staff_area_area FOREIGN KEY (area_key) REFERENCES org_trial_area (area_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which reference-data files (by checksum) have been loaded, so an unchanged file is skipped.
CREATE TABLE org_reference_load (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    file_name  VARCHAR(100) NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    loaded_at  DATETIME(6)  NOT NULL,
    rows_added INT          NOT NULL,
    rows_bad   INT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY org_reference_load_file (file_name, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
