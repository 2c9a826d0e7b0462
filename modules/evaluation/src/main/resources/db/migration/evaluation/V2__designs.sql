-- Evaluation designs as data (domain brief, "Evaluation": the design, who is treated, from when,
-- compared with whom, must be stored as data): the design, its units (treated and comparison
-- municipalities, each treated unit with its start), and each customer's assignment, frozen when
-- first made (intention to treat), with the first month they lived elsewhere (movers).

CREATE TABLE eva_design (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    design_key         VARCHAR(60)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    -- the first month of the pre-period and the last month of the follow-up
    pre_period_from    DATE          NOT NULL,
    follow_up_to       DATE          NOT NULL,
    -- indicator keys of the catalogue, comma-separated, in the order the design lists them
    outcome_indicators VARCHAR(400)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY eva_design_key (design_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality of a design: TREATED (with the trial area and the day its treatment began) or
-- COMPARISON (no start).
CREATE TABLE eva_design_unit (
    design_id         BIGINT      NOT NULL,
    municipality_code CHAR(3)     NOT NULL,
    arm               VARCHAR(12) NOT NULL,
    area_key          VARCHAR(60),
    treated_from      DATE,
    PRIMARY KEY (design_id, municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A customer's assignment: the unit and arm of their home municipality at the first month end the
-- design's baseline month or later finds them in the panel. Never changed once written (intention
-- to treat); moved_month and moved_to record the first month end they lived in a municipality of
-- another arm (or outside the design: OUTSIDE).
CREATE TABLE eva_design_assignment (
    design_id         BIGINT      NOT NULL,
    job_seeker_id     BIGINT      NOT NULL,
    assigned_month    DATE        NOT NULL,
    municipality_code CHAR(3)     NOT NULL,
    arm               VARCHAR(12) NOT NULL,
    moved_month       DATE,
    moved_to          VARCHAR(12),
    PRIMARY KEY (design_id, job_seeker_id),
    KEY eva_design_assignment_unit (design_id, municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The trial's own design: its municipalities from their areas' start (1 March 2021) against the
-- municipalities in no trial. Units are filled from the reference data at start-up (DesignSeed).
INSERT INTO eva_design (design_key, name, description, pre_period_from, follow_up_to, outcome_indicators,
                        created_at)
VALUES ('kuntakokeilu-2021', 'Municipal employment trials 2021–2024',
        'Intention to treat: every job seeker assigned by home municipality at the last month end before the trial (February 2021) or, for later registrants, at their first month end; treated: the municipalities of the 25 trial areas from their area''s start (1 March 2021); comparison: the municipalities the reference data knows in no trial area (or those marked as comparison municipalities, when any are). Outcomes from the indicator catalogue, per municipality and month.',
        '2020-03-01', '2024-12-01', 'UNEMPLOYED_SHARE,ACTIVATION_RATE,EMPLOYED_OPEN,LONG_TERM_UNEMPLOYED',
        UTC_TIMESTAMP(6));
