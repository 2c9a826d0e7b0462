-- Views the clients module publishes for the evaluation module's set-based reads (the monthly
-- status panel). They carry no name, identity code, contact detail or address: evaluation never
-- needs them, and a view that lacks them cannot leak them. The shape of these views is part of the
-- clients module's published contract (see package-info): change it only with a new version here
-- and the evaluation module's agreement.
--
-- Every view exposes the source rows' ids, so a reader can bound what it reads by the highest ids
-- it saw (an as-of read: rows are only ever added to cli_situation and cli_transfer).

-- A job seeker without personal identifiers: birth date (for age at a date), sex, mother tongue
-- (ISO 639 three letters), immigrant, when registered.
CREATE VIEW cli_v_person AS
SELECT id, birth_date, sex, mother_tongue, immigrant, registered_on
FROM cli_job_seeker;

-- The effective-dated situation history, one row per change: each row holds from effective_from
-- until the next row of the same person; of several rows on one day the highest id wins.
CREATE VIEW cli_v_situation AS
SELECT id AS situation_id, job_seeker_id, effective_from, labour_market_status, unemployment_benefit,
       home_municipality
FROM cli_situation;

-- Every change of custody, without explanations or notification details.
CREATE VIEW cli_v_transfer AS
SELECT id AS transfer_id, job_seeker_id, from_type, from_key, to_type, to_key, effective_date, legal_basis
FROM cli_transfer;

-- Who was responsible for each customer from when: one row per transfer (the receiving body, from
-- the transfer's day, transfer_id set) and one row for the body that held the customer before
-- their first transfer, or holds them still when they were never transferred (transfer_id null,
-- valid_from = the registration day). Each row holds until the next row of the same person in
-- (valid_from, transfer_id) order, the row without a transfer first; a reader bounding by
-- transfer_id must order and bound before deriving the end of each row.
CREATE VIEW cli_v_custody_history AS
SELECT t.job_seeker_id, t.id AS transfer_id, t.to_type AS body_type, t.to_key AS body_key,
       t.effective_date AS valid_from
FROM cli_transfer t
UNION ALL
SELECT f.job_seeker_id, NULL, f.from_type, f.from_key, j.registered_on
FROM cli_transfer f
JOIN cli_job_seeker j ON j.id = f.job_seeker_id
WHERE f.id = (SELECT MIN(e.id) FROM cli_transfer e
              WHERE e.job_seeker_id = f.job_seeker_id
                AND e.effective_date = (SELECT MIN(g.effective_date) FROM cli_transfer g
                                        WHERE g.job_seeker_id = f.job_seeker_id))
UNION ALL
SELECT c.job_seeker_id, NULL, c.body_type, c.body_key, j.registered_on
FROM cli_custody c
JOIN cli_job_seeker j ON j.id = c.job_seeker_id
WHERE NOT EXISTS (SELECT 1 FROM cli_transfer e WHERE e.job_seeker_id = c.job_seeker_id);
